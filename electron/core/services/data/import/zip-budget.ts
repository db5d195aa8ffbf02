/**
 * An .xlsx is a zip, and a zip can hold far more than it weighs: a 300 KB workbook whose sheet
 * is 300 MB of spaces took exceljs 4 s and 770 MB here, and the 10 MB the import accepts could
 * unpack to gigabytes and take core down. Before exceljs opens it, every part is unpacked once
 * here with a hard cap on the output (zlib stops at the cap, so memory stays bounded even when
 * the file lies about its sizes), and a file that unpacks past the budget is refused.
 */
import { inflateRawSync } from 'node:zlib'
import { ApiFailure } from '../../../api/failure'

/** What all the parts of one workbook may unpack to: a 20,000-row book is about 15 MB. */
export const XLSX_MAX_UNPACKED = 200 * 1024 * 1024

export const UNPACKED_TOO_BIG = `这个 Excel 文件解开后太大（超过 ${XLSX_MAX_UNPACKED / 1024 / 1024} MB），不像是账目表格。请按月份拆成几个文件，或另存为 CSV 后再导入`

/** The parts' places and sizes as the zip's central directory lists them; null when unreadable. */
function centralDirectory(
  b: Buffer,
): Array<{ method: number; packed: number; size: number; local: number }> | null {
  // The end-of-directory record sits in the last 22 bytes plus a comment of up to 64 KB.
  let end = -1
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (b.readUInt32LE(i) === 0x06054b50) {
      end = i
      break
    }
  }
  if (end < 0) return null
  const count = b.readUInt16LE(end + 10)
  let at = b.readUInt32LE(end + 16)
  const parts = []
  for (let n = 0; n < count; n++) {
    if (at + 46 > b.length || b.readUInt32LE(at) !== 0x02014b50) return null
    parts.push({
      method: b.readUInt16LE(at + 10),
      packed: b.readUInt32LE(at + 20),
      size: b.readUInt32LE(at + 24),
      local: b.readUInt32LE(at + 42),
    })
    at += 46 + b.readUInt16LE(at + 28) + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32)
  }
  return parts
}

/**
 * Throws the plain refusal when the workbook's parts would unpack past `budget` bytes. A zip
 * this reader cannot follow is left to exceljs, which refuses it in its own words.
 */
export function checkUnpackedSize(bytes: Uint8Array, budget = XLSX_MAX_UNPACKED): void {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const parts = centralDirectory(b)
  if (!parts) return
  let left = budget
  for (const part of parts) {
    // What the directory claims first: a claim past the budget needs no unpacking to refuse.
    if (part.size > left) throw new ApiFailure('BAD_INPUT', UNPACKED_TOO_BIG)
    if (part.local + 30 > b.length || b.readUInt32LE(part.local) !== 0x04034b50) return
    const start =
      part.local + 30 + b.readUInt16LE(part.local + 26) + b.readUInt16LE(part.local + 28)
    const packed = b.subarray(start, start + part.packed)
    if (part.method === 0) {
      left -= packed.length
      continue
    }
    if (part.method !== 8) return
    try {
      // Past the cap zlib stops and throws: the real size, whatever the directory said.
      left -= inflateRawSync(packed, { maxOutputLength: left + 1 }).length
    } catch (e) {
      if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new ApiFailure('BAD_INPUT', UNPACKED_TOO_BIG)
      }
      return // damaged data: exceljs says so
    }
    if (left < 0) throw new ApiFailure('BAD_INPUT', UNPACKED_TOO_BIG)
  }
}
