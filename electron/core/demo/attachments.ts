/**
 * Real files for the demo village: voucher photos on the latest published period's largest
 * expenses, dated photos on a project's milestones, scanned signature sheets on a matter's
 * steps and a photo on an answer, so every screen that shows attachments has some.
 */
import { createHash } from 'node:crypto'
import { mkdir } from 'node:fs/promises'
import type { AttachmentRecord } from '../../../contract'
import { attachmentPath } from '../services/attachments/paths'
import { sniff } from '../services/attachments/sniff'
import type { QuestionRecord } from '../services/questions/types'
import { writeFileDurable } from '../store/fs-safe'
import type { Change } from '../store/types'
import { receiptPng, signaturePng, sitePng } from './pictures'
import { sheetPdf } from './sheet-pdf'
import type { DemoVillage } from './village'

const DEMO_BY = { id: 'demo', name: '演示数据' }

function recordOf(bytes: Buffer, fileName: string, at: string): AttachmentRecord {
  const type = sniff(bytes)
  if (!type) throw new Error('demo: 演示附件类型不对')
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const size = type.width && type.height ? { width: type.width, height: type.height } : {}
  return {
    name: `${sha256}.${type.ext}`,
    sha256,
    ext: type.ext,
    mime: type.mime,
    bytes: bytes.length,
    fileName,
    ...size,
    thumb: false,
    addedAt: at,
    addedBy: DEMO_BY,
  }
}

/** Puts file names on the village's records (in place) and returns the files to write. */
function attach(v: DemoVillage, questions: QuestionRecord[], at: string) {
  const files: Array<{ record: AttachmentRecord; bytes: Buffer }> = []
  const add = (bytes: Buffer, fileName: string): string => {
    const record = recordOf(bytes, fileName, at)
    files.push({ record, bytes })
    return record.name
  }
  const published = v.sheets.filter((s) => s.status === 'published').map((s) => s.key)
  const latest = published.sort().at(-1)
  const big = v.ledger
    .filter((e) => e.period === latest && e.direction === 'expense')
    .sort((a, b) => b.amountFen - a.amountFen)
    .slice(0, 3)
  big.forEach((e, i) => {
    e.attachments = [add(receiptPng(i), `凭证${i + 1}.png`)]
  })
  if (big[0])
    big[0].attachments.push(add(sheetPdf('Voucher 1 receipt', 2, '报销凭证'), '凭证1.pdf'))

  const project = v.projects.find((p) => p.status === 'published' && p.milestones.length >= 3)
  project?.milestones.slice(0, 3).forEach((m, i) => {
    m.photos = [add(sitePng(i), `现场${i + 1}.png`)]
  })
  const matter = v.matters.find((m) => m.status === 'published' && m.steps.length >= 4)
  matter?.steps.slice(2, 4).forEach((s, i) => {
    s.signatures = [add(signaturePng(), '签字表.png')]
    if (i === 1) s.signatures.push(add(sheetPdf('Sign-in sheet', 3, '会议签到表'), '签字表.pdf'))
  })
  const answered = questions.find((q) => q.answer && !q.withheld)
  if (answered?.answer) answered.answer.attachments = [add(sitePng(3), '答复照片.png')]
  return files
}

/**
 * Writes the demo files into `dir/attachments` and returns the change that records them; the
 * village and questions get the names in place, so this must run before they are committed.
 */
export async function demoAttachments(
  dir: string,
  v: DemoVillage,
  questions: QuestionRecord[],
  at: string,
): Promise<Change> {
  const files = attach(v, questions, at)
  const unique = new Map(files.map((f) => [f.record.name, f]))
  await mkdir(attachmentPath(dir, ''), { recursive: true })
  for (const { record, bytes } of unique.values()) {
    await writeFileDurable(attachmentPath(dir, record.name), bytes)
  }
  return {
    actor: null,
    action: 'demo.load',
    entity: 'attachments',
    id: 'demo',
    puts: [...unique.values()].map(({ record }) => ({
      coll: 'attachments',
      id: record.name,
      value: record,
    })),
  }
}
