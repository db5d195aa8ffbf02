/**
 * Downloads never ask where to save: Electron's Save dialog is a real OS window from which a
 * villager could reach the desktop, so every download lands in the fixed export folder.
 */
import { existsSync, mkdirSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import { session } from 'electron'
import { exportFolder } from '../core/services/drives/roots'
import { logIncident } from './log'

/** A free path in `dir` for a suggested name: no folders, no hidden file, older files kept. */
export function downloadPath(dir: string, suggested: string): string {
  const clean = basename(suggested.replace(/\\/g, '/')).replace(/^\.+/, '') || '导出文件'
  const ext = extname(clean)
  const stem = clean.slice(0, clean.length - ext.length)
  for (let n = 1; ; n++) {
    const path = join(dir, n === 1 ? clean : `${stem} (${n})${ext}`)
    if (!existsSync(path)) return path
  }
}

/** Sets every download's save path before Electron could show its dialog. */
export function setupDownloads(dir = exportFolder({})): void {
  session.defaultSession.on('will-download', (_event, item) => {
    mkdirSync(dir, { recursive: true })
    const path = downloadPath(dir, item.getFilename())
    item.setSavePath(path)
    logIncident('download-saved', { path })
  })
}
