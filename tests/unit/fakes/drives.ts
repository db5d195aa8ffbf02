/**
 * Stand-in USB sticks for cores under test: every subfolder of one temp folder is a "plugged-in
 * drive" (like the e2e hosts' drivesRootFor), so backup and township doors pass the real
 * containment rule. A folder made elsewhere in the temp folder is outside every drive. The
 * folder is this run's own, made and removed by the global setup (drives-root.ts).
 */
import { mkdir, mkdtemp } from 'node:fs/promises'
import { join } from 'node:path'
import { inject } from 'vitest'
import type { DrivesOptions } from '../../../electron/core/services/drives'

/** The folder whose subfolders the test cores list as drives. */
export const TEST_DRIVES = inject('drivesRoot')

/** The drives option for a core on `dataDir`: the shared sticks, its own export folder. */
export const testDrives = (dataDir: string): DrivesOptions => ({
  root: TEST_DRIVES,
  exportDir: `${dataDir}-export`,
})

/** A fresh empty "USB stick" (a new drive under TEST_DRIVES). */
export async function plugUsb(prefix = 'usb-'): Promise<string> {
  await mkdir(TEST_DRIVES, { recursive: true })
  return mkdtemp(join(TEST_DRIVES, prefix))
}
