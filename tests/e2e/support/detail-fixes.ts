/**
 * Signed corrections of published projects, 专项公开, notices, matters and meetings, made
 * through core as the demo clerk and 监委 would, so a spec or screenshot can start from a
 * public detail page showing 已更正.
 */
import type { Kiosk } from '../fixtures'
import { PINS } from './registers'

type Kind = 'projects' | 'specials' | 'notices' | 'matters' | 'meetings'
type Stored = Record<string, unknown> & { id: string; status: string; supersededBy?: string }

// Workflow fields a stored record carries that a correction's input does not.
const WORKFLOW_KEYS = [
  'id',
  'status',
  'version',
  'createdAt',
  'createdBy',
  'submittedAt',
  'submittedBy',
  'returnComment',
  'publishedAt',
  'publishedBy',
  'supersedes',
  'correctionReason',
  'supersededBy',
  'updatedAt',
]

async function loginApi(k: Kiosk, role: keyof typeof PINS): Promise<void> {
  const who = (await k.call('auth.roster', {})).find((r) => r.role === role)
  await k.call('auth.login', { name: who?.name ?? '', password: PINS[role] })
}

// The five kinds share the workflow methods; their names are built from the kind, so the
// contract's per-method types are bypassed here (core still parses every input).
const call = (k: Kiosk, method: string, input: object) =>
  k.call(method as 'projects.drafts', input as never) as unknown as Promise<unknown>

/**
 * Corrects the first current published record of a kind that `pick` accepts with `change`,
 * then signs it; returns the correction's id ('' when the demo village has none).
 */
export async function correctedRecord(
  k: Kiosk,
  kind: Kind,
  change: (r: Stored) => Record<string, unknown>,
  reason: string,
  pick: (r: Stored) => boolean = () => true,
): Promise<string> {
  await loginApi(k, 'clerk')
  const list = (await call(k, `${kind}.drafts`, {})) as Stored[]
  const r = list.find((x) => x.status === 'published' && !x.supersededBy && pick(x))
  if (!r) return ''
  const content = Object.fromEntries(
    Object.entries(r).filter(([key]) => !WORKFLOW_KEYS.includes(key)),
  )
  const fix = (await call(k, `${kind}.correct`, {
    ...content,
    ...change(r),
    id: r.id,
    reason,
  })) as Stored
  await call(k, `${kind}.submit`, { id: fix.id })
  await loginApi(k, 'supervisor')
  await call(k, `${kind}.publish`, { id: fix.id })
  await k.call('auth.logout', {})
  return fix.id
}

/** A project whose progress was typed wrong: 40% corrected to 90%. */
export const correctedProject = (k: Kiosk) =>
  correctedRecord(k, 'projects', () => ({ percent: 90 }), '完成进度录错，应为百分之九十')

/** A notice whose end date was a week early. */
export const correctedNotice = (k: Kiosk) =>
  correctedRecord(
    k,
    'notices',
    (n) => ({ title: `${String(n.title)}（更正）`, validTo: '2099-12-31' }),
    '公告截止日期写错，延长至年底',
    (n) => n.kind === 'notice',
  )

/**
 * A 公示 whose first listed person was the wrong one: the list keeps its count and total, and a
 * changed list runs 7 days again from the test's today (25 November).
 */
export const correctedGongshi = (k: Kiosk) =>
  correctedRecord(
    k,
    'notices',
    (n) => {
      const [first, ...rest] = n.rows as Array<Record<string, unknown>>
      const end = String(n.validTo) > '2026-12-01' ? n.validTo : '2026-12-01'
      return { rows: [{ ...first, maskedName: '赵六明' }, ...rest], validTo: end }
    },
    '名单第一行的人写错了',
    (n) =>
      n.kind === 'gongshi' &&
      (n.rows as unknown[]).length > 0 &&
      String(n.validFrom) <= '2026-11-25',
  )

/** A 专项公开 whose text left out the works' location. */
export const correctedSpecial = (k: Kiosk) =>
  correctedRecord(
    k,
    'specials',
    (s) => ({ body: `${String(s.body)}\n施工地点：三组村口至小学。` }),
    '正文漏写了施工地点',
  )

/** A 四议两公开 matter whose summary was incomplete. */
export const correctedMatter = (k: Kiosk) =>
  correctedRecord(
    k,
    'matters',
    (m) => ({ summary: `${String(m.summary)}（经费由村集体和上级补助共同承担）` }),
    '事项内容漏写了经费来源',
  )

/** A meeting whose attendance was one short. */
export const correctedMeeting = (k: Kiosk) =>
  correctedRecord(
    k,
    'meetings',
    (m) => ({ present: Number(m.present) + 1 }),
    '实到人数少记了一人',
    (m) => Number(m.present) < Number(m.due),
  )

/** The day a correction was signed as the kiosk shows it (the browser runs in the village's zone). */
export function signedOn(at: string): string {
  return new Intl.DateTimeFormat('zh-CN', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'Asia/Shanghai',
  }).format(new Date(at))
}
