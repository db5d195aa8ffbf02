/**
 * Stand-ins for USB sticks: each spec's kiosk gets a temp folder whose subfolders core lists as
 * mounted drives (VILLAGE_DRIVES_ROOT / the `drives` option), and its own export folder.
 */
import type { Page } from '@playwright/test'

/** The folder whose subfolders are the "plugged-in drives" for this data folder. */
export const drivesRootFor = (dataDir: string) => `${dataDir}-drives`
/** The fixed export folder (本机导出文件夹) for this data folder. */
export const exportDirFor = (dataDir: string) => `${dataDir}-export`

const roots = new WeakMap<Page, string>()

/** Remembers which drives folder a page's kiosk sees, for page objects that put files there. */
export function registerDrives(page: Page, dataDir: string): void {
  roots.set(page, drivesRootFor(dataDir))
}

/** The drives folder of the kiosk showing `page`. */
export function drivesRootOf(page: Page): string {
  const root = roots.get(page)
  if (!root) throw new Error('drives: this page has no kiosk fixture')
  return root
}
