/**
 * Real Electron under Playwright, wherever the Electron binary exists (not on machines that
 * install with ELECTRON_SKIP_BINARY_DOWNLOAD=1). The same specs run against the packaged app code.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { _electron } from '@playwright/test'
import { drivesRootFor, exportDirFor } from './drives'
import type { Host } from './types'

/** Path of the Electron binary, or null when it was never downloaded. */
export function electronBinary(): string | null {
  if (process.env.KIOSK_HOST === 'bridge') return null
  // Read electron's path.txt instead of require('electron'): requiring it would try to
  // download the binary on machines that skipped it.
  const pkg = resolve('node_modules/electron')
  const pathFile = join(pkg, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

export async function launchElectron(
  binary: string,
  dataDir: string,
  viewport: { width: number; height: number },
  village: 'demo' | 'empty' = 'demo',
): Promise<Host> {
  const app = await _electron.launch({
    executablePath: binary,
    args: ['.'],
    env: {
      ...process.env,
      VILLAGE_DATA_DIR: dataDir,
      VILLAGE_DRIVES_ROOT: drivesRootFor(dataDir),
      VILLAGE_EXPORT_DIR: exportDirFor(dataDir),
      KIOSK_WINDOW_SIZE: `${viewport.width}x${viewport.height}`,
      NODE_ENV: 'test',
      VILLAGE_DEMO: village === 'demo' ? '1' : '0',
    },
  })
  const page = await app.firstWindow()
  return { name: 'electron', page, dataDir, close: () => app.close() }
}
