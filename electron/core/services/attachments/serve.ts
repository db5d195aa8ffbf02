/**
 * Reading a stored file to show it: an original is named by the sha256 of its bytes, so one
 * whose bytes no longer hash to its name (another picture put under a voucher photo's name by
 * someone with the disk) is refused, never shown as the record's. Used by app:// in Electron
 * and by the test bridge alike.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'

export const ALTERED = '这个附件文件和保存时不一样，可能被改动过，不能显示'

/** The file's bytes, or why not: 404 when it is not there, 409 when it was changed. */
export async function readServed(found: {
  file: string
  sha256?: string
}): Promise<{ ok: true; data: Buffer } | { ok: false; status: 404 | 409 }> {
  const data = await readFile(found.file).catch(() => null)
  if (!data) return { ok: false, status: 404 }
  if (found.sha256 && createHash('sha256').update(data).digest('hex') !== found.sha256) {
    return { ok: false, status: 409 }
  }
  return { ok: true, data }
}
