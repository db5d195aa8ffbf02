/**
 * Bytes in the renderer without Node: a picked file read as base64 (files come from the app's
 * own USB browser; a made file is written by core into a picked folder, never downloaded).
 */

const CHUNK = 0x8000

/** base64 of a picked file, built in chunks so a 10 MB file does not overflow the call stack. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK))
  }
  return btoa(binary)
}

/** 1.2 MB / 356 KB, for file sizes on screen. */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`
  return `${Math.max(1, Math.round(bytes / 1024))} KB`
}
