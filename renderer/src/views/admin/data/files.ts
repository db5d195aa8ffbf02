/**
 * Bytes in and out of the renderer without Node: a picked file read as base64 (an <input
 * type=file> works in Electron and in the test host alike), and a made file handed to the
 * browser's download, for which Electron asks where to save.
 */
import type { ExportFile } from '../../../../../contract/schemas/data-export'

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

function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(b64)
  const out = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
  return out
}

/** Offers the file as a download under its own name. */
export function saveExport(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(file.bytesBase64)], { type: file.mime }))
  const a = document.createElement('a')
  a.href = url
  a.download = file.fileName
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/** 1.2 MB / 356 KB, for file sizes on screen. */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`
  return `${Math.max(1, Math.round(bytes / 1024))} KB`
}
