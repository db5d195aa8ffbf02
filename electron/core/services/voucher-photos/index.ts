/**
 * vouchers.photosPreview / photosCommit: a folder of phone photos onto a period's draft lines.
 * The commit (commit.ts) re-checks every file, staging each on the kiosk's disk as it passes,
 * and attaches them all in one journal entry, or none.
 */
import type { LedgerEntry, VoucherLine } from '../../../../contract'
import type { VoucherPhotosMethod } from '../../../../contract/api/voucher-photos'
import type { HandlerGroup } from '../../api/handlers'
import { browse } from '../drives/files'
import { reachOf, type DrivesOptions } from '../drives/roots'
import { assertSheetEditable, sheetOf } from '../ledger-admin/rules'
import { commitPhotos, linesOf } from './commit'
import { scanFolder } from './scan'

const lineView = (e: LedgerEntry): VoucherLine => ({
  id: e.id,
  voucherNo: e.voucherNo,
  date: e.date,
  summary: e.summary,
  direction: e.direction,
  amountFen: e.amountFen,
  attachments: e.attachments.length,
})

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
    'vouchers.photosCommit': (input, ctx) => commitPhotos(o, input, ctx),
  }
}
