/** A picked file's bytes as a browser File, so callers of the old <input type=file> barely change. */
import type { DriveFile } from '../../../../contract'

const MIME: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  pdf: 'application/pdf',
  csv: 'text/csv',
  txt: 'text/plain',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

/** Decodes base64 into bytes (the reverse of fileToBase64). */
export function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(b64)
  const out = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
  return out
}

/** The File an <input type=file> would have given for the same file. */
export function toFile(f: DriveFile): File {
  const ext = f.name.split('.').pop()?.toLowerCase() ?? ''
  return new File([base64ToBytes(f.bytesBase64)], f.name, {
    type: MIME[ext] ?? 'application/octet-stream',
  })
}
