/**
 * Where a stored file is shown from: the kiosk's own origin (app://kiosk in Electron), so the
 * CSP's img-src 'self' covers it. Names are checked against the contract's pattern first.
 */
import { ATTACHMENT_NAME, type AttachmentInfo } from '../../../../contract'

/** The full file, or '' for a name that is not a stored file's name. */
export function fileUrl(name: string): string {
  return ATTACHMENT_NAME.test(name) ? `/attachments/${name}` : ''
}

/** The small preview when one was stored, else the photo itself ('' for a PDF without one). */
export function thumbUrl(info: AttachmentInfo): string {
  // With its own hash (from the journaled record) where known: a swapped preview is refused.
  const checked = info.thumbSha256 ? `-${info.thumbSha256}` : ''
  if (info.thumb) return `/attachments/thumbs/${info.name.slice(0, 64)}${checked}.jpg`
  return info.kind === 'pdf' ? '' : fileUrl(info.name)
}

/** 1.2 MB / 356 KB; '' when the size is not known. */
export function sizeText(bytes: number): string {
  if (bytes <= 0) return ''
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`
  return `${Math.max(1, Math.round(bytes / 1024))} KB`
}
