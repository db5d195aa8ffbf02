/**
 * Maps an app:// path to a file inside the built renderer, refusing anything that would
 * leave it, and names the file's type so Chromium never has to sniff.
 */
import { extname, isAbsolute, relative, resolve, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
}

/** The Content-Type for a file name; unknown types are served as opaque bytes. */
export function mimeType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

/** A Windows device name, with or without an extension (con.txt is the console too). */
const DEVICE = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\..*)?$/i

/**
 * The absolute file for a URL pathname, or null when the path is malformed or would escape
 * `root` (encoded dots, backslashes, NUL bytes, absolute paths).
 */
export function resolveInside(root: string, pathname: string): string | null {
  let path: string
  try {
    path = decodeURIComponent(pathname)
  } catch {
    return null
  }
  if (path.includes('\0') || path.includes('\\') || !path.startsWith('/')) return null
  // Windows opens a device for these names in any folder (CON, NUL, COM1 …): a read could hang.
  if (path.split('/').some((part) => DEVICE.test(part))) return null
  if (path.endsWith('/')) path += 'index.html'
  const base = resolve(root)
  const full = resolve(base, `.${path}`)
  const rel = relative(base, full)
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return null
  return full
}
