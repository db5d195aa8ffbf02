/**
 * A minimal ustar writer and reader: a backup is one plain .tar that 7-Zip or `tar -xf` can open
 * on any PC, with no dependency. Every header's checksum is checked on reading.
 */

const BLOCK = 512

/** One file in the archive. */
export interface TarEntry {
  path: string
  data: Uint8Array
  /** Seconds since 1970, as tar stores it. */
  mtime?: number
}

function putString(h: Buffer, offset: number, length: number, value: string): void {
  const bytes = Buffer.from(value, 'utf8')
  if (bytes.length > length) throw new Error(`tar: 名称太长：${value}`)
  bytes.copy(h, offset)
}

function putOctal(h: Buffer, offset: number, length: number, value: number): void {
  putString(h, offset, length, value.toString(8).padStart(length - 1, '0') + '\0')
}

function checksum(h: Uint8Array): number {
  let sum = 0
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : h[i]!
  return sum
}

function header(entry: TarEntry): Buffer {
  const h = Buffer.alloc(BLOCK)
  putString(h, 0, 100, entry.path)
  putOctal(h, 100, 8, 0o644)
  putOctal(h, 108, 8, 0)
  putOctal(h, 116, 8, 0)
  putOctal(h, 124, 12, entry.data.length)
  putOctal(h, 136, 12, Math.floor(entry.mtime ?? 0))
  h[156] = 0x30 // '0': a regular file
  putString(h, 257, 6, 'ustar\0')
  putString(h, 263, 2, '00')
  putString(h, 148, 8, checksum(h).toString(8).padStart(6, '0') + '\0 ')
  return h
}

/** The whole archive as bytes: header, data padded to 512, two empty blocks at the end. */
export function writeTar(entries: readonly TarEntry[]): Buffer {
  const parts: Uint8Array[] = []
  for (const e of entries) {
    parts.push(header(e), e.data)
    const pad = (BLOCK - (e.data.length % BLOCK)) % BLOCK
    if (pad) parts.push(Buffer.alloc(pad))
  }
  parts.push(Buffer.alloc(BLOCK * 2))
  return Buffer.concat(parts)
}

const text = (b: Uint8Array, offset: number, length: number) => {
  const slice = Buffer.from(b.buffer, b.byteOffset + offset, length)
  const end = slice.indexOf(0)
  return slice.toString('utf8', 0, end === -1 ? length : end)
}
/** An octal field; anything but octal digits (a minus sign too, which would step back) is NaN. */
const octal = (b: Uint8Array, offset: number, length: number) => {
  const t = text(b, offset, length).trim() || '0'
  return /^[0-7]+$/.test(t) ? parseInt(t, 8) : NaN
}

/** A problem reading the archive, with the file it concerns when known. */
export class TarError extends Error {
  constructor(
    message: string,
    readonly file?: string,
  ) {
    super(message)
    this.name = 'TarError'
  }
}

/** Reads every regular file; a bad header, a cut-off file or a missing end is a TarError. */
export function readTar(bytes: Uint8Array): TarEntry[] {
  const out: TarEntry[] = []
  let pos = 0
  let last = ''
  while (pos + BLOCK <= bytes.length) {
    const h = bytes.subarray(pos, pos + BLOCK)
    if (h.every((v) => v === 0)) return out
    const where = last ? `（“${last}”之后）` : '（第一个文件）'
    if (octal(h, 148, 8) !== checksum(h)) {
      throw new TarError(`备份文件已损坏：文件头校验不符${where}`, last || undefined)
    }
    const path = text(h, 0, 100)
    const size = octal(h, 124, 12)
    const start = pos + BLOCK
    if (!Number.isSafeInteger(size) || start + size > bytes.length) {
      throw new TarError(`备份文件不完整：“${path}”被截断了`, path)
    }
    const type = h[156]
    if (type === 0x30 || type === 0) {
      out.push({ path, data: bytes.subarray(start, start + size), mtime: octal(h, 136, 12) })
    }
    last = path
    pos = start + Math.ceil(size / BLOCK) * BLOCK
  }
  throw new TarError('备份文件不完整：结尾缺失（可能复制时中断了）')
}
