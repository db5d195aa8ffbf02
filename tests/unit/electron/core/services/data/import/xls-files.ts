/**
 * Old-Excel files built byte by byte for the cases LibreOffice's fixtures do not hold (MULRK,
 * LABEL, BOOLERR, 1904 dates, a stream small enough for the mini stream) and for damaged ones:
 * a BIFF8 record writer and a version-3 compound file writer (MS-CFB, 512-byte sectors).
 */
const END = 0xfffffffe
const FREE = 0xffffffff
const SECTOR = 512

const u16 = (n: number) => {
  const b = Buffer.alloc(2)
  b.writeUInt16LE(n)
  return b
}
const u32 = (n: number) => {
  const b = Buffer.alloc(4)
  b.writeUInt32LE(n >>> 0)
  return b
}

/** One BIFF record. */
export const rec = (type: number, ...parts: Buffer[]) => {
  const data = Buffer.concat(parts)
  return Buffer.concat([u16(type), u16(data.length), data])
}

/** BOF of BIFF8 (version 0x0600) for the globals (5) or a worksheet (0x10). */
export const bof = (kind: 5 | 0x10, version = 0x0600) =>
  rec(0x0809, u16(version), u16(kind), Buffer.alloc(12))
export const eof = () => rec(0x000a)

/** XLUnicodeString: 16-bit count, flags, characters (two bytes each when `wide`). */
export const xlString = (text: string, wide = true) =>
  Buffer.concat([
    u16(text.length),
    Buffer.from([wide ? 1 : 0]),
    Buffer.from(text, wide ? 'utf16le' : 'latin1'),
  ])

const cellHead = (r: number, c: number, xf: number) => Buffer.concat([u16(r), u16(c), u16(xf)])
export const label = (r: number, c: number, text: string, wide = true) =>
  rec(0x0204, cellHead(r, c, 0), xlString(text, wide))
/** A LABEL in a cell of format `xf` (label: format 0). */
export const labelXf = (r: number, c: number, text: string, xf: number) =>
  rec(0x0204, cellHead(r, c, xf), xlString(text))
export const number = (r: number, c: number, v: number, xf = 0) => {
  const b = Buffer.alloc(8)
  b.writeDoubleLE(v)
  return rec(0x0203, cellHead(r, c, xf), b)
}
export const mulrk = (r: number, c: number, rks: Array<[xf: number, rk: number]>) =>
  rec(
    0x00bd,
    u16(r),
    u16(c),
    ...rks.map(([xf, rk]) => Buffer.concat([u16(xf), u32(rk)])),
    u16(c + rks.length - 1),
  )
export const boolerr = (r: number, c: number, value: number, isError: boolean) =>
  rec(0x0205, cellHead(r, c, 0), Buffer.from([value, isError ? 1 : 0]))
/** A FORMULA whose cached result is text (in the STRING record that follows) or an error. */
export const formula = (r: number, c: number, result: 'text' | { error: number }) => {
  const value = Buffer.alloc(8)
  value.writeUInt16LE(0xffff, 6)
  if (result === 'text') value[0] = 0
  else {
    value[0] = 2
    value[2] = result.error
  }
  return rec(0x0006, cellHead(r, c, 0), value, Buffer.alloc(8))
}
/** A long formula text: the STRING record holds the first `split` characters, CONTINUE the rest. */
export const longString = (text: string, split: number) => {
  const head = Buffer.concat([
    u16(text.length),
    Buffer.from([1]),
    Buffer.from(text.slice(0, split), 'utf16le'),
  ])
  return Buffer.concat([
    rec(0x0207, head),
    rec(0x003c, Buffer.from([1]), Buffer.from(text.slice(split), 'utf16le')),
  ])
}

/** XF record whose number format is `fmt` and font `font` (the rest of the 20 bytes zero). */
export const xf = (fmt: number, font = 0) => rec(0x00e0, u16(font), u16(fmt), Buffer.alloc(16))
/** FONT record in colour `icv` (an index into the palette), named 宋体 (a one-byte count). */
export const font = (icv: number) =>
  rec(
    0x0031,
    u16(240),
    u16(0),
    u16(icv),
    u16(400),
    Buffer.alloc(6),
    Buffer.from([2, 1]),
    Buffer.from('宋体', 'utf16le'),
  )
/** PALETTE record: colours (0xRRGGBB) for indexes 8 and up. */
export const palette = (colours: number[]) =>
  rec(
    0x0092,
    u16(colours.length),
    ...colours.map((c) => Buffer.from([c >> 16, (c >> 8) & 0xff, c & 0xff, 0])),
  )
/** ROW record for row `r`, hidden (fDyZero) or not. */
export const row = (r: number, hidden: boolean) =>
  rec(0x0208, u16(r), u16(0), u16(6), u16(255), u16(0), u16(0), u16(hidden ? 0x20 : 0), u16(15))
/** COLINFO record for columns `first`..`last` (0-based): `width` in 1/256 of a character, hidden or not. */
export const colinfo = (first: number, last: number, width: number, hidden: boolean) =>
  rec(0x007d, u16(first), u16(last), u16(width), u16(15), u16(hidden ? 1 : 0), u16(0))
export const format = (id: number, code: string) => rec(0x041e, u16(id), xlString(code))
export const dateMode1904 = () => rec(0x0022, u16(1))
export const filePass = () => rec(0x002f, u16(1), Buffer.alloc(52))

/**
 * A workbook stream: the globals (`before` its sheet list), then each sheet's records. The
 * BOUNDSHEET records point at each sheet's BOF by its offset in the stream.
 */
export function workbook(
  before: Buffer[],
  sheets: Array<[name: string, cells: Buffer[], hidden?: boolean]>,
): Buffer {
  const sheetRec = (at: number, name: string, hidden = false) =>
    rec(
      0x0085,
      u32(at),
      Buffer.from([hidden ? 1 : 0, 0, name.length, 1]),
      Buffer.from(name, 'utf16le'),
    )
  const globalsLength =
    bof(5).length +
    before.reduce((n, b) => n + b.length, 0) +
    sheets.reduce((n, [name]) => n + sheetRec(0, name).length, 0) +
    eof().length
  const bodies = sheets.map(([, cells]) => Buffer.concat([bof(0x10), ...cells, eof()]))
  let at = globalsLength
  const list = sheets.map(([name, , hidden], i) => {
    const r = sheetRec(at, name, hidden)
    at += bodies[i]!.length
    return r
  })
  return Buffer.concat([bof(5), ...before, ...list, eof(), ...bodies])
}

/** A directory entry (128 bytes). */
function entry(
  name: string,
  type: number,
  start: number,
  size: number,
  child: number,
  right: number,
) {
  const e = Buffer.alloc(128)
  Buffer.from(`${name}\0`, 'utf16le').copy(e, 0)
  e.writeUInt16LE((name.length + 1) * 2, 0x40)
  e[0x42] = type
  e[0x43] = 1
  e.writeUInt32LE(FREE, 0x44)
  e.writeUInt32LE(right, 0x48)
  e.writeUInt32LE(child, 0x4c)
  e.writeUInt32LE(start, 0x74)
  e.writeUInt32LE(size, 0x78)
  return e
}

/**
 * A compound file holding `streams`: those under 4096 bytes in the mini stream, as Excel does.
 * `mangle` may change the FAT before it is written (to make a broken chain).
 */
export function compoundFile(
  streams: Array<[name: string, bytes: Uint8Array]>,
  mangle: (fat: number[]) => void = () => {},
  storages: Array<[name: string, streams: Array<[name: string, bytes: Uint8Array]>]> = [],
): Uint8Array {
  const sectors: Buffer[] = []
  const fat: number[] = []
  const place = (bytes: Buffer): number => {
    if (bytes.length === 0) return END
    const first = sectors.length
    for (let at = 0; at < bytes.length; at += SECTOR) {
      const s = Buffer.alloc(SECTOR)
      bytes.copy(s, 0, at, at + SECTOR)
      sectors.push(s)
      fat.push(at + SECTOR < bytes.length ? sectors.length : END)
    }
    return first
  }
  // Storages (one stream each, as an embedded object) come first in the directory.
  const inner = storages.map(([, s]) => s[0]!)
  const all = [...inner, ...streams]
  const small = all.filter(([, b]) => b.length < 4096)
  const miniParts: Buffer[] = []
  const miniFat: number[] = []
  const placedAll = all.map(([name, bytes]) => {
    const b = Buffer.from(bytes)
    if (b.length >= 4096) return { name, start: place(b), size: b.length }
    const first = miniFat.length
    for (let at = 0; at < b.length; at += 64) {
      const s = Buffer.alloc(64)
      b.copy(s, 0, at, at + 64)
      miniParts.push(s)
      miniFat.push(at + 64 < b.length ? miniFat.length + 1 : END)
    }
    return { name, start: first, size: b.length }
  })
  const mini = Buffer.concat(miniParts)
  const miniStart = small.length ? place(mini) : END
  const miniFatBytes = Buffer.concat(
    [...miniFat, ...Array<number>((128 - (miniFat.length % 128)) % 128).fill(FREE)].map(u32),
  )
  const miniFatStart = small.length ? place(miniFatBytes) : END
  const placed = placedAll.slice(inner.length)
  // Root's children: each storage (its stream right after it), then the streams, as siblings.
  const top: Buffer[] = []
  let id = 1
  const lastTop = storages.length + placed.length
  storages.forEach(([name], i) => {
    const p = placedAll[i]!
    const next = id + 2
    top.push(entry(name, 1, END, 0, id + 1, i + 1 < lastTop ? next : FREE))
    top.push(entry(p.name, 2, p.start, p.size, FREE, FREE))
    id += 2
  })
  placed.forEach((p, i) => {
    top.push(
      entry(p.name, 2, p.start, p.size, FREE, storages.length + i + 1 < lastTop ? id + 1 : FREE),
    )
    id++
  })
  const dir = Buffer.concat([entry('Root Entry', 5, miniStart, mini.length, 1, FREE), ...top])
  const dirStart = place(dir)
  // The FAT itself, at the end: one sector holds 128 entries.
  const fatSectors = Math.ceil((sectors.length + 1) / 127)
  const fatFirst = sectors.length
  for (let i = 0; i < fatSectors; i++) fat.push(0xfffffffd)
  mangle(fat)
  const fatBytes = Buffer.concat(
    [...fat, ...Array<number>(fatSectors * 128 - fat.length).fill(FREE)].map(u32),
  )
  for (let i = 0; i < fatSectors; i++) sectors.push(fatBytes.subarray(i * SECTOR, (i + 1) * SECTOR))
  const head = Buffer.alloc(SECTOR)
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(head)
  head.writeUInt16LE(0x3e, 0x18)
  head.writeUInt16LE(3, 0x1a)
  head.writeUInt16LE(0xfffe, 0x1c)
  head.writeUInt16LE(9, 0x1e)
  head.writeUInt16LE(6, 0x20)
  head.writeUInt32LE(fatSectors, 0x2c)
  head.writeUInt32LE(dirStart, 0x30)
  head.writeUInt32LE(4096, 0x38)
  head.writeUInt32LE(miniFatStart, 0x3c)
  head.writeUInt32LE(small.length ? miniFatBytes.length / SECTOR : 0, 0x40)
  head.writeUInt32LE(END, 0x44)
  for (let i = 0; i < 109; i++)
    head.writeUInt32LE(i < fatSectors ? fatFirst + i : FREE, 0x4c + i * 4)
  return new Uint8Array(Buffer.concat([head, ...sectors]))
}
/** A FORMULA whose cached result is the number `v`, in a cell of format `xf`. */
export const numberFormula = (r: number, c: number, v: number, xf = 0) => {
  const value = Buffer.alloc(8)
  value.writeDoubleLE(v)
  return rec(0x0006, cellHead(r, c, xf), value, Buffer.alloc(8))
}
