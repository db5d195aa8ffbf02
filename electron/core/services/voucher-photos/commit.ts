/**
 * vouchers.photosCommit (全部添加): re-checks every file (inside the drives, magic bytes, size,
 * name), staging each on the kiosk's disk as soon as it passed, so one photo at a time is in
 * memory (200 photos of 10 MB would not fit an old kiosk PC); only when all passed are they moved
 * under their sha256 and attached in one journal entry. A refusal, or a power cut, anywhere
 * before that entry leaves nothing attached and no photo of the batch in `attachments/`
 * (staging.ts).
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile } from 'node:fs/promises'
import { basename, dirname } from 'node:path'
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_MSG,
  type AttachmentRecord,
  type LedgerEntry,
  type ParsedInput,
} from '../../../../contract'
import { ApiFailure } from '../../api/failure'
import type { Ctx } from '../../api/handlers'
import { writeFileDurable } from '../../store/fs-safe'
import type { Store } from '../../store/types'
import { attachmentPath, thumbPath } from '../attachments/paths'
import { sniff } from '../attachments/sniff'
import { stage, type Staging } from '../attachments/staging'
import {
  inAttachmentTurn,
  isSmallPreview,
  keepNamedPreview,
  namedByRecords,
  previewIntact,
} from '../attachments/store'
import { contain } from '../drives/contain'
import { readOnDrive } from '../drives/files'
import { reachOf, type DrivesOptions } from '../drives/roots'
import { editorsAfter } from '../editors'
import {
  actorOf,
  assertSheetEditable,
  linesUnchanged,
  sheetOf,
  sheetUnchanged,
} from '../ledger-admin/rules'
import { refusalOf, shownName, wholeRefusal } from './scan'

const MAX_PER_LINE = 20
const refuse = (message: string): never => {
  throw new ApiFailure('BAD_INPUT', message)
}

/** The period's lines, as the preview lists them (voucher order). */
export function linesOf(store: Store, period: string): LedgerEntry[] {
  return store
    .all('ledger')
    .filter((e) => e.period === period)
    .sort((a, b) => a.date.localeCompare(b.date) || a.voucherNo.localeCompare(b.voucherNo))
}

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

async function writeIfMissing(path: string, bytes: Uint8Array): Promise<void> {
  const old = await readFile(path).catch(() => null)
  if (old?.equals(bytes)) return
  await mkdir(dirname(path), { recursive: true })
  await writeFileDurable(path, bytes)
}

/** True when the file is there and holds exactly the bytes its hash names. */
async function holds(path: string, sha256: string): Promise<boolean> {
  const bytes = await readFile(path).catch(() => null)
  return !!bytes && sha256Of(bytes) === sha256
}

/** A checked, staged photo: what its record needs, never its bytes. */
interface Checked {
  file: string
  name: string
  sha256: string
  bytes: number
  thumb: Buffer | null
  type: NonNullable<ReturnType<typeof sniff>>
}

type Input = ParsedInput<'vouchers.photosCommit'>

/**
 * Every check first: one bad file and nothing is placed or attached. Each photo is staged
 * before the next is read. Returns the photos and each touched line's new list.
 */
async function checkAll(
  input: Input,
  o: { drives: DrivesOptions; lines: Map<string, LedgerEntry>; staging: Staging },
): Promise<{ found: Checked[]; added: Map<string, string[]> }> {
  const reach = await reachOf(o.drives)
  const folder = await contain(input.folder, reach)
  const added = new Map<string, string[]>()
  const found: Checked[] = []
  for (const a of input.assign) {
    const at = await contain(a.path, reach)
    const name = shownName(basename(at.real))
    if (dirname(at.real) !== folder.real) refuse(`“${name}”不在所选的文件夹里`)
    const line = o.lines.get(a.entryId) ?? refuse(`“${name}”对应的账目不在这一期`)
    const read = await readOnDrive(at.real, ATTACHMENT_MAX_BYTES)
    const bytes = read.bytes ?? Buffer.alloc(0)
    const reason =
      read.size === bytes.length
        ? await wholeRefusal(basename(at.real), bytes)
        : refusalOf(basename(at.real), read.size, bytes)
    if (reason) refuse(`“${name}”：${reason}`)
    const type = sniff(bytes)!
    const sha256 = sha256Of(bytes)
    const file = `${sha256}.${type.ext}`
    const thumb = a.thumb ? Buffer.from(a.thumb, 'base64') : null
    if (thumb && !isSmallPreview(thumb)) refuse(ATTACHMENT_MSG.thumb)
    const list = added.get(line.id) ?? [...line.attachments]
    if (!list.includes(file)) list.push(file)
    if (list.length > MAX_PER_LINE) refuse(`凭证号 ${line.voucherNo} 的附件超过 ${MAX_PER_LINE} 个`)
    added.set(line.id, list)
    await o.staging.put(file, bytes)
    found.push({ file, name, sha256, bytes: bytes.length, thumb, type })
  }
  return { found, added }
}

/** Moves the staged photos into place and writes their previews; returns the records to journal. */
async function placeAll(
  dir: string,
  found: Checked[],
  staging: Staging,
  ctx: Ctx,
): Promise<Map<string, AttachmentRecord>> {
  const { store } = ctx
  const actor = actorOf(ctx)
  const records = new Map<string, AttachmentRecord>()
  for (const { file, name, sha256, bytes, thumb, type } of found) {
    const old = store.get('attachments', file)
    // A photo already there as its hash says is kept; a missing or damaged one is replaced.
    if (!(await holds(attachmentPath(dir, file), sha256))) await staging.place(file)
    // The preview the public sees is kept while it is on disk as journaled; a missing,
    // damaged or swapped one is replaced by the one made now, its hash journaled anew.
    const kept = old ? await previewIntact(dir, old) : false
    if (old && (kept || !thumb)) continue
    // A file a record already names keeps the preview it was shown (and signed) with.
    if (old && namedByRecords(store, file)) {
      await keepNamedPreview(dir, old, thumb)
      continue
    }
    if (thumb) await writeIfMissing(thumbPath(dir, sha256), thumb)
    const size = type.width && type.height ? { width: type.width, height: type.height } : {}
    records.set(file, {
      name: file,
      sha256,
      ext: type.ext,
      mime: type.mime,
      bytes,
      fileName: old?.fileName ?? name.slice(0, 200),
      ...size,
      thumb: !!thumb,
      ...(thumb ? { thumbSha256: sha256Of(thumb) } : {}),
      addedAt: old?.addedAt ?? ctx.now().toISOString(),
      addedBy: old?.addedBy ?? { id: actor.id, name: actor.name },
    })
  }
  // The moves are durable before the journal names the files.
  await staging.settle()
  return records
}

/** vouchers.photosCommit over data folder `dir`. */
export async function commitPhotos(
  o: { dir: string; drives: DrivesOptions },
  input: Input,
  ctx: Ctx,
): Promise<{ attached: number; lines: number }> {
  const { store } = ctx
  const actor = actorOf(ctx)
  const sheet = assertSheetEditable(sheetOf(store, input.period))
  const lines = new Map(linesOf(store, input.period).map((e) => [e.id, e]))
  const staging = stage(o.dir)
  try {
    const { found, added } = await checkAll(input, { drives: o.drives, lines, staging })
    return await inAttachmentTurn(async () => {
      const records = await placeAll(o.dir, found, staging, ctx)
      // The files took their time to read: a sheet submitted or signed meanwhile, or a line
      // changed or removed, refuses the whole batch rather than write back the copies read
      // before (the signed sheet would gain or change lines no 监委 saw).
      const touched = [...added.keys()].map((id) => lines.get(id)!)
      const sheetStill = sheetUnchanged(store, sheet)
      const linesStill = linesUnchanged(store, ...touched)
      await store.commit({
        actor,
        action: 'ledger.photos',
        entity: 'ledger',
        id: input.period,
        recheck: () => {
          sheetStill()
          linesStill()
        },
        puts: [
          ...[...records].map(([id, value]) => ({ coll: 'attachments' as const, id, value })),
          ...[...added].map(([id, attachments]) => ({
            coll: 'ledger' as const,
            id,
            // Adding a colleague's voucher photo is changing the line: one may not sign it.
            value: { ...lines.get(id)!, attachments, ...editorsAfter(lines.get(id)!, actor) },
          })),
        ],
      })
      return { attached: input.assign.length, lines: added.size }
    })
  } finally {
    // What is left (a refusal, a failed move) goes now, or at the next start if it cannot.
    await staging.drop().catch(() => {})
  }
}
