/**
 * Real Electron under Playwright, wherever the Electron binary exists (not on machines that
 * install with ELECTRON_SKIP_BINARY_DOWNLOAD=1). The same specs run against the packaged app code.
 */
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { _electron } from '@playwright/test'
import type { Host } from './types'

/** Path of the Electron binary, or null when it was never downloaded. */
export function electronBinary(): string | null {
  if (process.env.KIOSK_HOST === 'bridge') return null
  try {
    const path = createRequire(import.meta.url)('electron') as unknown
    return typeof path === 'string' && existsSync(path) ? path : null
  } catch {
    return null
  }
}

export async function launchElectron(
  binary: string,
  dataDir: string,
  viewport: { width: number; height: number },
): Promise<Host> {
  const app = await _electron.launch({
    executablePath: binary,
    args: ['.'],
    env: {
      ...process.env,
      VILLAGE_DATA_DIR: dataDir,
      KIOSK_WINDOW_SIZE: `${viewport.width}x${viewport.height}`,
      NODE_ENV: 'test',
    },
  })
  const page = await app.firstWindow()
  return { name: 'electron', page, dataDir, close: () => app.close() }
}
