/**
 * vouchers.photosPreview / photosCommit: a folder of phone photos onto a period's draft lines.
 * The commit re-checks every file (inside the drives, magic bytes, size, name) before writing
 * anything, stores each under its sha256, and attaches them all in one journal entry.
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile } from 'node:fs/promises'
import { basename, dirname } from 'node:path'
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_MSG,
  type AttachmentRecord,
  type LedgerEntry,
  type VoucherLine,
} from '../../../../contract'
import type { VoucherPhotosMethod } from '../../../../contract/api/voucher-photos'
import { ApiFailure } from '../../api/failure'
import type { HandlerGroup } from '../../api/handlers'
import { writeFileDurable } from '../../store/fs-safe'
import type { Store } from '../../store/types'
import { attachmentPath, thumbPath } from '../attachments/paths'
import {
  inAttachmentTurn,
  isSmallPreview,
  keepNamedPreview,
  namedByRecords,
  previewIntact,
} from '../attachments/store'
import { sniff } from '../attachments/sniff'
import { editorsAfter } from '../editors'
import { contain } from '../drives/contain'
import { browse, readOnDrive } from '../drives/files'
import { reachOf, type DrivesOptions } from '../drives/roots'
import {
  actorOf,
  assertSheetEditable,
  linesUnchanged,
  sheetOf,
  sheetUnchanged,
} from '../ledger-admin/rules'
import { refusalOf, scanFolder, shownName } from './scan'

const MAX_PER_LINE = 20
const refuse = (message: string): never => {
  throw new ApiFailure('BAD_INPUT', message)
}

/** The period's lines, as the preview lists them (voucher order). */
function linesOf(store: Store, period: string): LedgerEntry[] {
  return store
    .all('ledger')
    .filter((e) => e.period === period)
    .sort((a, b) => a.date.localeCompare(b.date) || a.voucherNo.localeCompare(b.voucherNo))
}

const lineView = (e: LedgerEntry): VoucherLine => ({
  id: e.id,
  voucherNo: e.voucherNo,
  date: e.date,
  summary: e.summary,
  direction: e.direction,
  amountFen: e.amountFen,
  attachments: e.attachments.length,
})

async function writeIfMissing(path: string, bytes: Uint8Array): Promise<void> {
  const old = await readFile(path).catch(() => null)
  if (old?.equals(bytes)) return
  await mkdir(dirname(path), { recursive: true })
  await writeFileDurable(path, bytes)
}

export function voucherPhotoHandlers(o: {
  dir: string
  drives: DrivesOptions
}): HandlerGroup<VoucherPhotosMethod> {
  return {
    'vouchers.photosPreview': async ({ period, folder }, ctx) => {
      assertSheetEditable(sheetOf(ctx.store, period))
      const listing = await browse(folder, await reachOf(o.drives))
      const lines = linesOf(ctx.store, period).map(lineView)
      return { period, folder: listing.path, lines, ...(await scanFolder(listing.entries, lines)) }
    },

    'vouchers.photosCommit': async (input, ctx) => {
      const { store } = ctx
      const actor = actorOf(ctx)
      const sheet = assertSheetEditable(sheetOf(store, input.period))
      const reach = await reachOf(o.drives)
      const folder = await contain(input.folder, reach)
      const lines = new Map(linesOf(store, input.period).map((e) => [e.id, e]))
      const added = new Map<string, string[]>()
      const found: Array<{
        file: string
        name: string
        sha256: string
        bytes: Buffer
        thumb: Buffer | null
        type: NonNullable<ReturnType<typeof sniff>>
      }> = []
      // Every check first: one bad file and nothing is written or attached.
      for (const a of input.assign) {
        const at = await contain(a.path, reach)
        const name = shownName(basename(at.real))
        if (dirname(at.real) !== folder.real) refuse(`“${name}”不在所选的文件夹里`)
        const line = lines.get(a.entryId) ?? refuse(`“${name}”对应的账目不在这一期`)
        const read = await readOnDrive(at.real, ATTACHMENT_MAX_BYTES)
        const bytes = read.bytes ?? Buffer.alloc(0)
        const reason = refusalOf(basename(at.real), read.size, bytes)
        if (reason) refuse(`“${name}”：${reason}`)
        const type = sniff(bytes)!
        const sha256 = createHash('sha256').update(bytes).digest('hex')
        const file = `${sha256}.${type.ext}`
        const thumb = a.thumb ? Buffer.from(a.thumb, 'base64') : null
        if (thumb && !isSmallPreview(thumb)) refuse(ATTACHMENT_MSG.thumb)
        found.push({ file, name, sha256, bytes, thumb, type })
        const list = added.get(line.id) ?? [...line.attachments]
        if (!list.includes(file)) list.push(file)
        if (list.length > MAX_PER_LINE)
          refuse(`凭证号 ${line.voucherNo} 的附件超过 ${MAX_PER_LINE} 个`)
        added.set(line.id, list)
      }
      return inAttachmentTurn(async () => {
        const records = new Map<string, AttachmentRecord>()
        for (const { file, name, sha256, bytes, thumb, type } of found) {
          const old = store.get('attachments', file)
          await writeIfMissing(attachmentPath(o.dir, file), bytes)
          // The preview the public sees is kept while it is on disk as journaled; a missing,
          // damaged or swapped one is replaced by the one made now, its hash journaled anew.
          const kept = old ? await previewIntact(o.dir, old) : false
          if (old && (kept || !thumb)) continue
          // A file a record already names keeps the preview it was shown (and signed) with.
          if (old && namedByRecords(store, file)) {
            await keepNamedPreview(o.dir, old, thumb)
            continue
          }
          if (thumb) await writeIfMissing(thumbPath(o.dir, sha256), thumb)
          const size = type.width && type.height ? { width: type.width, height: type.height } : {}
          records.set(file, {
            name: file,
            sha256,
            ext: type.ext,
            mime: type.mime,
            bytes: bytes.length,
            fileName: old?.fileName ?? name.slice(0, 200),
            ...size,
            thumb: !!thumb,
            ...(thumb ? { thumbSha256: createHash('sha256').update(thumb).digest('hex') } : {}),
            addedAt: old?.addedAt ?? ctx.now().toISOString(),
            addedBy: old?.addedBy ?? { id: actor.id, name: actor.name },
          })
        }
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
    },
  }
}
