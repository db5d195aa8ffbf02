/**
 * Where the kiosk's pages come from. app://kiosk is the one origin main trusts; the Vite dev
 * server is added only for development runs, never in an installed build.
 */
import { isProduction } from './mode'

export const APP_SCHEME = 'app'
export const APP_HOST = 'kiosk'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
/** The renderer's entry; its router starts at the home screen. */
export const START_URL = `${APP_ORIGIN}/index.html`
/** The plain built-in page shown while the renderer keeps crashing. */
export const RECOVERY_PATH = '/recovery.html'
export const RECOVERY_URL = `${APP_ORIGIN}${RECOVERY_PATH}`
/** The plain page shown when another program holds the data folder. */
export const FOLDER_BUSY_PATH = '/folder-busy.html'
export const FOLDER_BUSY_URL = `${APP_ORIGIN}${FOLDER_BUSY_PATH}`

/** `scheme://host`, computed by hand because Node gives custom schemes an opaque 'null' origin. */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url)
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null
  } catch {
    return null
  }
}

function devServerOrigin(): string | null {
  const url = process.env.ELECTRON_RENDERER_URL
  return url && !isProduction() ? originOf(url) : null
}

/** Navigation and IPC are allowed only from these origins, so a stray link cannot gain the bridge. */
export function isTrustedUrl(url: string): boolean {
  const origin = originOf(url)
  return origin !== null && (origin === APP_ORIGIN || origin === devServerOrigin())
}

/** The page the window opens: the built renderer, or the dev server under `electron-vite dev`. */
export function startUrl(): string {
  const dev = devServerOrigin()
  return dev ? (process.env.ELECTRON_RENDERER_URL ?? START_URL) : START_URL
}
