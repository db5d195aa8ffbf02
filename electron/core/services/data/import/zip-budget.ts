/**
 * An .xlsx is a zip, and a zip can hold far more than it weighs: a 300 KB workbook whose sheet
 * is 300 MB of spaces took exceljs 4 s and 770 MB here, and the 10 MB the import accepts could
 * unpack to gigabytes and take core down. Before exceljs opens it, every part is unpacked once
 * here with a hard cap on the output (zlib stops at the cap, so memory stays bounded even when
 * the file lies about its sizes), and a file that unpacks past the budget is refused.
 */
import { inflateRawSync } from 'node:zlib'
import { ApiFailure } from '../../../api/failure'
import { SNIFF_MSG } from './sniff'

/** What all the parts of one workbook may unpack to: a 20,000-row book is about 15 MB. */
export const XLSX_MAX_UNPACKED = 200 * 1024 * 1024

export const UNPACKED_TOO_BIG = `这个 Excel 文件解开后太大（超过 ${XLSX_MAX_UNPACKED / 1024 / 1024} MB），不像是账目表格。请按月份拆成几个文件，或另存为 CSV 后再导入`

/** Said of a zip that cannot be opened: by exceljs, or by this check before it. */
export const XLSX_UNREADABLE = `文件无法作为 Excel 表格打开，可能已损坏或不是 .xlsx 文件。${SNIFF_MSG.notSheet}`

const unreadable = () => new ApiFailure('BAD_INPUT', XLSX_UNREADABLE)
const tooBig = () => new ApiFailure('BAD_INPUT', UNPACKED_TOO_BIG)

interface Part {
  method: number
  packed: number
  size: number
  local: number
}

const MAX16 = 0xffff
const MAX32 = 0xffffffff

/** A 64-bit field as a number, refused past what a workbook this size could hold. */
function u64(b: Buffer, at: number): number {
  if (at + 8 > b.length) throw unreadable()
  const v = b.readBigUInt64LE(at)
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw unreadable()
  return Number(v)
}

/**
 * The end of the directory: its count, size and offset, from the end record or, when those are
 * set to their maximum, from the ZIP64 end record its locator points to (writers that stream
 * an .xlsx, not knowing its sizes ahead, save every workbook that way). `tail` is how many bytes
 * sit between the directory and the end record, for finding where the zip really starts.
 */
function directoryEnd(
  b: Buffer,
  end: number,
): { size: number; offset: number; count: number; tail: number } {
  const count = b.readUInt16LE(end + 10)
  const size = b.readUInt32LE(end + 12)
  const offset = b.readUInt32LE(end + 16)
  if (count !== MAX16 && size !== MAX32 && offset !== MAX32) return { size, offset, count, tail: 0 }
  const locator = end - 20
  if (locator < 0 || b.readUInt32LE(locator) !== 0x07064b50) throw unreadable()
  // As JSZip does: where the locator says, or else the last ZIP64 end record before it.
  let at = u64(b, locator + 8)
  if (at + 56 > locator || b.readUInt32LE(at) !== 0x06064b50) {
    at = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x06, 0x06]), locator - 1)
    if (at < 0 || at + 56 > locator) throw unreadable()
  }
  return {
    count: u64(b, at + 32),
    size: u64(b, at + 40),
    offset: u64(b, at + 48),
    tail: 12 + u64(b, at + 4) + 20,
  }
}

/** A directory entry's sizes and offset, the maximal ones read on from its ZIP64 extra field. */
function entryFields(b: Buffer, at: number): Omit<Part, 'local'> & { offset: number } {
  const f = {
    packed: b.readUInt32LE(at + 20),
    size: b.readUInt32LE(at + 24),
    offset: b.readUInt32LE(at + 42),
  }
  if (f.size !== MAX32 && f.packed !== MAX32 && f.offset !== MAX32) {
    return { method: b.readUInt16LE(at + 10), ...f }
  }
  let x = at + 46 + b.readUInt16LE(at + 28)
  const extraEnd = Math.min(x + b.readUInt16LE(at + 30), b.length)
  while (x + 4 <= extraEnd && b.readUInt16LE(x) !== 0x0001) x += 4 + b.readUInt16LE(x + 2)
  if (x + 4 > extraEnd) throw unreadable()
  let v = x + 4
  const next = () => {
    if (v + 8 > extraEnd) throw unreadable()
    const n = u64(b, v)
    v += 8
    return n
  }
  // In the order the format gives them, each only when its own field is at the maximum.
  if (f.size === MAX32) f.size = next()
  if (f.packed === MAX32) f.packed = next()
  if (f.offset === MAX32) f.offset = next()
  return { method: b.readUInt16LE(at + 10), ...f }
}

/**
 * The parts as the zip's central directory lists them, found as exceljs's zip reader (JSZip)
 * finds them: from the last end record, by the signatures (the end record's count of parts is
 * not trusted: one more or less and JSZip reads on), with the start moved as JSZip moves it when
 * bytes were put in front. What that reader would open, this check must read, or refuse.
 */
function centralDirectory(b: Buffer): Part[] {
  let end = -1
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff) && end < 0; i--) {
    if (b.readUInt32LE(i) === 0x06054b50) end = i
  }
  if (end < 0) throw unreadable()
  const { count, size, offset, tail } = directoryEnd(b, end)
  const zero = end - (offset + size + tail)
  if (zero < 0) throw unreadable()
  const parts: Part[] = []
  let at = zero + offset
  while (at + 46 <= b.length && b.readUInt32LE(at) === 0x02014b50) {
    const { offset: local, ...fields } = entryFields(b, at)
    parts.push({ ...fields, local: zero + local })
    at += 46 + b.readUInt16LE(at + 28) + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32)
  }
  if (parts.length === 0 && count !== 0) throw unreadable()
  return parts
}

/**
 * Throws the plain refusal when the workbook's parts would unpack past `budget` bytes, and
 * refuses a zip it cannot follow: what is not checked must not reach exceljs.
 */
export function checkUnpackedSize(bytes: Uint8Array, budget = XLSX_MAX_UNPACKED): void {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let left = budget
  for (const part of centralDirectory(b)) {
    // What the directory claims first: a claim past the budget needs no unpacking to refuse.
    if (part.size > left) throw tooBig()
    if (part.local + 30 > b.length || b.readUInt32LE(part.local) !== 0x04034b50) {
      throw unreadable()
    }
    const start =
      part.local + 30 + b.readUInt16LE(part.local + 26) + b.readUInt16LE(part.local + 28)
    const packed = b.subarray(start, start + part.packed)
    if (part.method === 0 || packed.length === 0) {
      left -= packed.length
      continue
    }
    if (part.method !== 8) throw unreadable()
    try {
      // Past the cap zlib stops and throws: the real size, whatever the directory said.
      left -= inflateRawSync(packed, { maxOutputLength: left + 1 }).length
    } catch (e) {
      if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooBig()
      throw unreadable()
    }
    if (left < 0) throw tooBig()
  }
}
