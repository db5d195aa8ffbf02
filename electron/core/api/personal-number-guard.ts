/**
 * The write-path check, enforced once for every method: each text of a parsed input is asked
 * of the personal-number detector before any handler runs, so no form, answer or new method can
 * carry an ID, bank-card or full phone number toward a public screen. Only the fields listed
 * below may hold one, because the public never sees them.
 */
import type { Method } from '../../../contract'
import { ATTACHMENT_NAME } from '../../../contract/enums'
import { ApiFailure } from './failure'
import { findPersonalNumber, personalNumberMessage } from '../services/records/personal-numbers'

/**
 * Input fields (dotted paths, `*` for any row) that are never shown publicly or never stored:
 * passwords, the search box (it only ever matches masked text), a villager's own contact and
 * question text (masked by the same detector before it is stored), a member's phone (the public
 * API only sends it masked), file bytes, file names and folder paths.
 */
export const PRIVATE_FIELDS: Partial<Record<Method, readonly string[]>> = {
  'auth.login': ['password'],
  'auth.saveUser': ['password'],
  'auth.changePassword': ['current', 'next'],
  'setup.begin': ['admin.password'],
  search: ['q'],
  'questions.submit': ['text', 'name', 'phone'],
  'members.save': ['phone'],
  'import.preview': ['fileName', 'bytesBase64', 'sheet'],
  'import.commit': ['fileName', 'bytesBase64', 'sheet'],
  'attachments.add': ['data', 'thumb', 'fileName'],
  'backup.create': ['targetDir'],
  'backup.list': ['dir'],
  'backup.inspect': ['archivePath'],
  'backup.restore': ['archivePath'],
  // Paths on a USB stick (a cadre's own browser; a picked photo's name is stored masked).
  'drives.browse': ['path'],
  'drives.read': ['path'],
  'drives.write': ['folder', 'fileName', 'bytesBase64'],
  'vouchers.photosPreview': ['folder'],
  'vouchers.photosCommit': ['folder', 'assign.*.path', 'assign.*.thumb'],
}

// Identifiers, receipts and stored file names are codes, not text anyone reads as a number.
// (duplicateOf, supersedes and supersededBy hold a record's id under another name: one random id
// in a few thousand has digits that join into a phone number.)
const ID_KEY = /^(id|key|receipt|hash|sha256|duplicateOf|supersedes|supersededBy)$|(Id|Ids)$/
// Secrets under any method (a PIN, a backup passphrase, a recovery code) are never public.
const SECRET_KEY = /^(password|pin|passphrase|secret|recoveryCode)$|(Pin|Password|Secret)$/

const LABELS: Record<string, string> = {
  voucherNo: '凭证号',
  summary: '摘要',
  item: '科目',
  counterparty: '往来单位或个人',
  handler: '经手人',
  reason: '原因',
  comment: '退回意见',
  title: '标题',
  body: '正文',
  objection: '异议方式',
  maskedName: '姓名',
  group: '村民小组',
  note: '备注',
  topic: '议题',
  place: '地点',
  location: '地点',
  minutes: '会议记录',
  content: '内容',
  text: '内容',
  fundSource: '资金来源',
  contractor: '施工单位',
  procurement: '采购方式',
  statusText: '当前情况',
  lastAction: '最近一次工作',
  duties: '分工',
  officeHours: '坐班时间',
  township: '乡镇',
  county: '县区',
  area: '面积',
  lessee: '承租方',
  contractNo: '合同号',
  cause: '事由',
  label: '项目',
}

// Where one key means different things: a person's name, a duty's, an answer's text.
const METHOD_LABELS: Partial<Record<Method, Record<string, string>>> = {
  'questions.answer': { text: '答复' },
  'members.save': { name: '姓名' },
  'auth.saveUser': { name: '姓名' },
  'setup.begin': { name: '名称或姓名' },
  'duties.save': { name: '工作名称' },
  'projects.save': { name: '项目名称' },
  'projects.correct': { name: '项目名称' },
}

/** The Chinese name of a field as a clerk knows it: 摘要, 第2行的原因, 更正原因. */
function labelOf(method: Method, path: readonly string[]): string {
  const key = path.at(-1) ?? ''
  let label =
    METHOD_LABELS[method]?.[key] ?? LABELS[key] ?? (key === 'name' ? '名称' : '填写的内容')
  if (path.length === 1 && key === 'reason') label = '更正原因'
  const row = path.findLast((p) => /^\d+$/.test(p))
  return row === undefined ? label : `第${Number(row) + 1}行的${label}`
}

function isPrivate(method: Method, path: readonly string[]): boolean {
  // A row of a list is named by its list: each of `entryIds` is an id, as `id` is.
  const key = path.findLast((p) => !/^\d+$/.test(p)) ?? ''
  if (ID_KEY.test(key) || SECRET_KEY.test(key)) return true
  const pattern = path.map((p) => (/^\d+$/.test(p) ? '*' : p)).join('.')
  return PRIVATE_FIELDS[method]?.includes(pattern) ?? false
}

function* texts(value: unknown, path: string[]): Generator<[string[], string]> {
  if (typeof value === 'string') yield [path, value]
  else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* texts(v, [...path, String(i)])
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* texts(v, [...path, k])
  }
}

/**
 * Refuses the call, naming every field that holds a personal number, before anything is
 * stored; throws BAD_INPUT with the fields keyed by dotted path, as forms show errors.
 */
export function refusePersonalNumbersIn(method: Method, input: unknown): void {
  const bad: Record<string, string> = {}
  let first = ''
  for (const [path, text] of texts(input, [])) {
    // A stored file's name is its content's hash: hex digits, never a number anyone typed.
    if (isPrivate(method, path) || ATTACHMENT_NAME.test(text)) continue
    const kind = findPersonalNumber(text)
    if (!kind) continue
    const message = personalNumberMessage(labelOf(method, path), kind)
    bad[path.join('.') || '_'] ??= message
    first ||= message
  }
  if (first) throw new ApiFailure('BAD_INPUT', `输入有误：${first}`, bad)
}
