/**
 * Where attachment files live in the data folder, and the one strict rule for reaching them
 * by URL: `/attachments/<sha256>.<ext>` or `/attachments/thumbs/<sha256>.jpg`, nothing else.
 */
import { join } from 'node:path'
import { ATTACHMENT_NAME } from '../../../../contract/enums'

export const ATTACHMENTS_DIR = 'attachments'
export const THUMBS_DIR = 'thumbs'
/** The URL prefix the renderer uses; served by app:// in Electron and by the test bridge. */
export const ATTACHMENTS_URL = `/${ATTACHMENTS_DIR}/`

/** A preview file's name: the sha256 of the photo it shows. */
export const THUMB_NAME = /^[a-f0-9]{64}\.jpg$/
/** A preview asked with its own hash (from its record): `<original sha>-<preview sha>.jpg`. */
const CHECKED_THUMB_NAME = /^([a-f0-9]{64})-([a-f0-9]{64})\.jpg$/

const MIME: Record<string, string> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  pdf: 'application/pdf',
}

export const attachmentPath = (dir: string, name: string): string =>
  join(dir, ATTACHMENTS_DIR, name)
export const thumbPath = (dir: string, sha: string): string =>
  join(dir, ATTACHMENTS_DIR, THUMBS_DIR, `${sha}.jpg`)

/**
 * The file and type for a URL pathname, or null. Exact patterns only, no decoding: an
 * encoded dot, a backslash or any other character simply does not match.
 */
export function attachmentForUrl(
  dir: string,
  pathname: string,
): { file: string; mime: string; sha256?: string } | null {
  if (!pathname.startsWith(ATTACHMENTS_URL)) return null
  const rest = pathname.slice(ATTACHMENTS_URL.length)
  if (ATTACHMENT_NAME.test(rest)) {
    const file = attachmentPath(dir, rest)
    return { file, mime: MIME[rest.slice(65)] ?? '', sha256: rest.slice(0, 64) }
  }
  const thumb = rest.startsWith(`${THUMBS_DIR}/`) ? rest.slice(THUMBS_DIR.length + 1) : ''
  const checked = CHECKED_THUMB_NAME.exec(thumb)
  if (checked) return { file: thumbPath(dir, checked[1]!), mime: 'image/jpeg', sha256: checked[2]! }
  // Records made before previews carried their hash: shown unchecked.
  if (THUMB_NAME.test(thumb)) {
    return { file: thumbPath(dir, thumb.slice(0, 64)), mime: 'image/jpeg' }
  }
  return null
}
