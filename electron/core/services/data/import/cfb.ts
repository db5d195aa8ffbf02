/**
 * The compound file (OLE2, MS-CFB) an old Excel .xls lives in: a little file system of sectors.
 * Only reading one stream by name is needed. Every sector number, chain and size is checked
 * against the file, and a chain that loops or runs off the end is refused: a crafted file gives
 * `CfbError`, never a hang or an out-of-memory.
 */

/** What could not be read; the caller says it in plain words. */
export class CfbError extends Error {}

const END_OF_CHAIN = 0xfffffffe
const FREE = 0xffffffff
const DIR_ENTRY = 128

interface Layout {
  bytes: Uint8Array
  view: DataView
  sectorSize: number
  sectors: number
  fat: Uint32Array
}

const fail = (why: string): never => {
  throw new CfbError(why)
}

function u32(view: DataView, at: number): number {
  if (at < 0 || at + 4 > view.byteLength) fail('read past the end')
  return view.getUint32(at, true)
}

/** The byte offset of sector `n` (sector 0 follows the 512-byte header area). */
function sectorAt(l: Layout, n: number): number {
  if (n >= l.sectors) fail(`sector ${n} is past the end`)
  return (n + 1) * l.sectorSize
}

/** Follows a chain in `table` from `first`; refuses loops and chains longer than `limit`. */
function chain(table: Uint32Array, first: number, limit: number): number[] {
  const out: number[] = []
  for (let n = first; n !== END_OF_CHAIN; n = table[n]!) {
    if (n === FREE || n >= table.length || out.length >= limit) fail('broken sector chain')
    out.push(n)
  }
  return out
}

/** Reads the header and the sector allocation table. */
function layout(bytes: Uint8Array): Layout {
  if (bytes.length < 512) fail('too short')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const shift = view.getUint16(0x1e, true)
  if (shift !== 9 && shift !== 12) fail('unknown sector size')
  const sectorSize = 1 << shift
  const sectors = Math.floor(bytes.length / sectorSize) - 1
  const l: Layout = { bytes, view, sectorSize, sectors, fat: new Uint32Array(0) }
  // Where the FAT's own sectors are: 109 in the header, the rest in a chain of DIFAT sectors.
  const fatCount = u32(view, 0x2c)
  if (fatCount > sectors) fail('too many FAT sectors')
  const fatSectors: number[] = []
  for (let i = 0; i < 109 && fatSectors.length < fatCount; i++)
    fatSectors.push(u32(view, 0x4c + i * 4))
  const perDifat = sectorSize / 4 - 1
  for (let n = u32(view, 0x44), hops = 0; fatSectors.length < fatCount; hops++) {
    if (n === END_OF_CHAIN || n === FREE || hops > sectors) fail('broken DIFAT chain')
    const at = sectorAt(l, n)
    for (let i = 0; i < perDifat && fatSectors.length < fatCount; i++) {
      fatSectors.push(u32(view, at + i * 4))
    }
    n = u32(view, at + perDifat * 4)
  }
  const fat = new Uint32Array(fatCount * (sectorSize / 4))
  fatSectors.forEach((s, i) => {
    const at = sectorAt(l, s)
    for (let j = 0; j < sectorSize / 4; j++) fat[i * (sectorSize / 4) + j] = u32(view, at + j * 4)
  })
  l.fat = fat
  return l
}

/** The bytes of a chain of sectors, cut to `size`. */
function readChain(l: Layout, first: number, size: number): Uint8Array {
  const list = chain(l.fat, first, l.sectors)
  if (list.length * l.sectorSize < size) fail('stream shorter than its size')
  const out = new Uint8Array(size)
  for (let i = 0, done = 0; done < size; i++) {
    const at = sectorAt(l, list[i]!)
    const take = Math.min(l.sectorSize, size - done)
    out.set(l.bytes.subarray(at, at + take), done)
    done += take
  }
  return out
}

interface Entry {
  name: string
  type: number
  start: number
  size: number
  left: number
  right: number
  child: number
}

function entries(l: Layout): Entry[] {
  const list = chain(l.fat, u32(l.view, 0x30), l.sectors)
  const out: Entry[] = []
  for (const s of list) {
    const base = sectorAt(l, s)
    for (let at = base; at < base + l.sectorSize; at += DIR_ENTRY) {
      const type = l.bytes[at + 0x42]!
      const nameBytes = Math.min(64, l.view.getUint16(at + 0x40, true))
      const name = Buffer.from(l.bytes.subarray(at, at + Math.max(0, nameBytes - 2))).toString(
        'utf16le',
      )
      // Version 3 files keep only the low 32 bits; the high half may hold junk there.
      out.push({
        name,
        type,
        start: u32(l.view, at + 0x74),
        size: u32(l.view, at + 0x78),
        left: u32(l.view, at + 0x44),
        right: u32(l.view, at + 0x48),
        child: u32(l.view, at + 0x4c),
      })
    }
  }
  return out
}

/**
 * The root storage's own entries: the tree of siblings under the root (entry 0), not the
 * streams of storages inside it (an embedded chart or workbook has a "Workbook" of its own).
 */
function topLevel(all: readonly Entry[]): Entry[] {
  const root = all[0]
  if (root?.type !== 5) fail('no root entry')
  const out: Entry[] = []
  const seen = new Set<number>()
  const stack = [root!.child]
  while (stack.length) {
    const id = stack.pop()!
    if (id >= all.length || seen.has(id)) continue // NOSTREAM (0xFFFFFFFF), or a loop
    seen.add(id)
    const e = all[id]!
    if (e.type === 1 || e.type === 2) out.push(e)
    stack.push(e.left, e.right)
  }
  return out
}

/** The stream called `name` (any case), or null when the file has none. */
export function readStream(bytes: Uint8Array, name: string): Uint8Array | null {
  const l = layout(bytes)
  const all = entries(l)
  const wanted = topLevel(all).find(
    (e) => e.type === 2 && e.name.toLowerCase() === name.toLowerCase(),
  )
  if (!wanted) return null
  if (wanted.size > bytes.length) fail('stream larger than the file')
  const cutoff = u32(l.view, 0x38)
  if (wanted.size >= cutoff) return readChain(l, wanted.start, wanted.size)
  // A small stream lives in the mini stream (the root entry's), in 64-byte mini sectors.
  const root = all[0]!
  if (root.size > bytes.length) fail('mini stream larger than the file')
  const mini = readChain(l, root.start, root.size)
  const miniFatSectors = chain(l.fat, u32(l.view, 0x3c), l.sectors)
  const miniFat = new Uint32Array(miniFatSectors.length * (l.sectorSize / 4))
  miniFatSectors.forEach((s, i) => {
    const at = sectorAt(l, s)
    for (let j = 0; j < l.sectorSize / 4; j++) {
      miniFat[i * (l.sectorSize / 4) + j] = u32(l.view, at + j * 4)
    }
  })
  const miniShift = l.view.getUint16(0x20, true)
  if (miniShift !== 6) fail('unknown mini sector size')
  const size = 1 << miniShift
  const list = chain(miniFat, wanted.start, Math.ceil(mini.length / size))
  if (list.length * size < wanted.size) fail('stream shorter than its size')
  const out = new Uint8Array(wanted.size)
  for (let i = 0, done = 0; done < wanted.size; i++) {
    const at = list[i]! * size
    const take = Math.min(size, wanted.size - done)
    if (at + take > mini.length) fail('mini sector past the end')
    out.set(mini.subarray(at, at + take), done)
    done += take
  }
  return out
}

/** The names of the root's streams (to tell an encrypted .xlsx or an old BIFF5 file). */
export function streamNames(bytes: Uint8Array): string[] {
  return topLevel(entries(layout(bytes)))
    .filter((e) => e.type === 2)
    .map((e) => e.name)
}
