/** The voucher-photo tests' kiosk: a month of entries, and a USB stick with a folder on it. */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { drivesHandlers } from '../../../../../../electron/core/services/drives'
import { voucherPhotoHandlers } from '../../../../../../electron/core/services/voucher-photos'
import { enterMonth, harness, type Harness } from '../ledger-admin/harness'
import { tempDir } from '../../../../temp-dir'

export interface PhotoKiosk {
  h: Harness
  /** The data folder. */
  dir: string
  /** U盘/十月凭证 on the stick, empty. */
  folder: string
  /** The three entries entered in 2026-10. */
  ids: string[]
}

/** A fresh kiosk in a temp folder named `prefix…` (removed when the test ends). */
export async function photoKiosk(prefix: string): Promise<PhotoKiosk> {
  const base = tempDir(prefix)
  const dir = join(base, 'data')
  const folder = join(base, 'media', 'U盘', '十月凭证')
  mkdirSync(folder, { recursive: true })
  const drives = { root: join(base, 'media'), exportDir: join(base, 'export') }
  const h = await harness('month', {
    ...drivesHandlers(drives),
    ...voucherPhotoHandlers({ dir, drives }),
  })
  return { h, dir, folder, ids: await enterMonth(h, 3) }
}
