/**
 * BIFF8 records, the content of an old Excel .xls workbook stream: a run of [type, length, data]
 * records, and Excel's ways of writing text (one byte or two per character, a shared string
 * table that continues across records). Bounds are checked everywhere: a crafted file gives
 * `CfbError` (said in plain words by the caller), never a read past its bytes.
 */
import { CfbError } from './cfb'

export const REC = {
  BOF: 0x0809,
  EOF: 0x000a,
  CONTINUE: 0x003c,
  FILEPASS: 0x002f,
  DATEMODE: 0x0022,
  FORMAT: 0x041e,
  XF: 0x00e0,
  BOUNDSHEET: 0x0085,
  SST: 0x00fc,
  LABELSST: 0x00fd,
  LABEL: 0x0204,
  NUMBER: 0x0203,
  RK: 0x027e,
  MULRK: 0x00bd,
  FORMULA: 0x0006,
  STRING: 0x0207,
  BOOLERR: 0x0205,
  MERGECELLS: 0x00e5,
  FONT: 0x0031,
  PALETTE: 0x0092,
  ROW: 0x0208,
  COLINFO: 0x007d,
} as const

/**
 * Every record of the stream, in order, kept as offsets into it: ten megabytes of tiny records
 * must not become millions of objects (a gigabyte of heap). A record running past the end is
 * refused; the zeros that pad a stream after its last record end it.
 */
export class Records {
  readonly length: number
  private readonly starts: Uint32Array
  private readonly view: DataView

  constructor(private readonly stream: Uint8Array) {
    this.view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength)
    let count = 0
    for (let at = 0; at + 4 <= stream.length; count++) {
      const type = this.view.getUint16(at, true)
      const length = this.view.getUint16(at + 2, true)
      if (at + 4 + length > stream.length) throw new CfbError('record past the end')
      if (type === 0 && length === 0) break
      at += 4 + length
    }
    this.length = count
    this.starts = new Uint32Array(count)
    for (let i = 0, at = 0; i < count; i++) {
      this.starts[i] = at
      at += 4 + this.view.getUint16(at + 2, true)
    }
  }

  /** The record type of record `i` (0 past the end). */
  type(i: number): number {
    return i >= 0 && i < this.length ? this.view.getUint16(this.starts[i]!, true) : 0
  }

  /** Record `i`'s data. */
  data(i: number): Uint8Array {
    const at = this.starts[i]!
    return this.stream.subarray(at + 4, at + 4 + this.view.getUint16(at + 2, true))
  }

  /** The index of the record starting at byte `offset` of the stream, or -1. */
  indexAt(offset: number): number {
    let lo = 0
    let hi = this.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const at = this.starts[mid]!
      if (at === offset) return mid
      if (at < offset) lo = mid + 1
      else hi = mid - 1
    }
    return -1
  }

  /** Record `i`'s data and the CONTINUE records' after it, as Excel splits long data. */
  continued(i: number): Uint8Array[] {
    const parts = [this.data(i)]
    for (let k = i + 1; this.type(k) === REC.CONTINUE; k++) parts.push(this.data(k))
    return parts
  }
}

/**
 * Reads across a record and the CONTINUE records after it, as Excel splits long data. Text
 * characters split at a record boundary start the next record with a new one-byte flag saying
 * whether the rest is one or two bytes per character.
 */
export class Reader {
  private part = 0
  private pos = 0
  constructor(private readonly parts: readonly Uint8Array[]) {}

  private get here(): Uint8Array {
    return this.parts[this.part] ?? new Uint8Array(0)
  }

  /** Moves to the next part when this one is used up; false at the very end. */
  private more(): boolean {
    while (this.pos >= this.here.length) {
      if (this.part >= this.parts.length - 1) return false
      this.part++
      this.pos = 0
    }
    return true
  }

  atEnd(): boolean {
    return !this.more()
  }

  u8(): number {
    if (!this.more()) throw new CfbError('string past the end')
    return this.here[this.pos++]!
  }

  u16(): number {
    return this.u8() | (this.u8() << 8)
  }

  u32(): number {
    return (this.u16() | (this.u16() << 16)) >>> 0
  }

  skip(n: number): void {
    for (let left = n; left > 0;) {
      if (!this.more()) throw new CfbError('string past the end')
      const take = Math.min(left, this.here.length - this.pos)
      this.pos += take
      left -= take
    }
  }

  /** `count` characters, one byte (Latin-1) or two (UTF-16LE) each, across record boundaries. */
  chars(count: number, wide: boolean): string {
    let out = ''
    let twoBytes = wide
    for (let left = count; left > 0;) {
      if (this.pos >= this.here.length) {
        if (!this.more()) throw new CfbError('string past the end')
        twoBytes = (this.u8() & 1) === 1
      }
      const per = twoBytes ? 2 : 1
      const take = Math.min(left, Math.floor((this.here.length - this.pos) / per))
      if (take === 0) throw new CfbError('character split across records')
      const bytes = this.here.subarray(this.pos, this.pos + take * per)
      out += Buffer.from(bytes).toString(twoBytes ? 'utf16le' : 'latin1')
      this.pos += take * per
      left -= take
    }
    return out
  }

  /** XLUnicodeRichExtendedString: the shared strings' and (without rich parts) a LABEL's form. */
  richString(): string {
    const count = this.u16()
    const flags = this.u8()
    const runs = flags & 0x08 ? this.u16() : 0
    const ext = flags & 0x04 ? this.u32() : 0
    const text = this.chars(count, (flags & 1) === 1)
    this.skip(runs * 4 + ext)
    return text
  }
}

/** Reads one record's text as XLUnicodeString (LABEL, STRING, FORMAT), 16-bit length first. */
export function unicodeString(data: Uint8Array, at: number): string {
  return new Reader([data.subarray(at)]).richString()
}

/** The shared string table: the SST record and its CONTINUE records. */
export function sharedStrings(list: Records, sstIndex: number): string[] {
  const parts = list.continued(sstIndex)
  const r = new Reader(parts)
  r.u32() // total uses
  const unique = r.u32()
  const out: string[] = []
  // Each string takes at least 3 bytes: a count past what the bytes can hold is a lie.
  const room = parts.reduce((n, p) => n + p.length, 0) / 3
  for (let i = 0; i < Math.min(unique, room) && !r.atEnd(); i++) out.push(r.richString())
  return out
}

/** An RK number: a 30-bit integer or the top of a double, maybe divided by 100. */
export function rkValue(rk: number): number {
  let v: number
  if (rk & 0x02) {
    v = rk >> 2
  } else {
    const buf = new DataView(new ArrayBuffer(8))
    buf.setUint32(4, rk & 0xfffffffc, true)
    v = buf.getFloat64(0, true)
  }
  return rk & 0x01 ? v / 100 : v
}
