/**
 * A zip rewritten in ZIP64 form, as writers that stream (sizes unknown when a part starts, e.g.
 * .NET's packaging over a web response) or that always use it save an .xlsx: every size and
 * offset in the directory set to its maximum and given in the ZIP64 extra field, and the end
 * record pointing on to the ZIP64 end record. Same parts, same packed bytes.
 */
const MAX32 = 0xffffffff

function zip64Extra(values: number[]): Buffer {
  const b = Buffer.alloc(4 + 8 * values.length)
  b.writeUInt16LE(0x0001, 0)
  b.writeUInt16LE(8 * values.length, 2)
  values.forEach((v, i) => b.writeBigUInt64LE(BigInt(v), 4 + 8 * i))
  return b
}

export function asZip64(zip: Uint8Array): Buffer {
  const src = Buffer.from(zip)
  const end = src.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  const count = src.readUInt16LE(end + 10)
  let at = src.readUInt32LE(end + 16)
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (let i = 0; i < count; i++) {
    const nameLen = src.readUInt16LE(at + 28)
    const extraLen = src.readUInt16LE(at + 30)
    const commentLen = src.readUInt16LE(at + 32)
    const packed = src.readUInt32LE(at + 20)
    const size = src.readUInt32LE(at + 24)
    const local = src.readUInt32LE(at + 42)
    const name = src.subarray(at + 46, at + 46 + nameLen)
    // The local part: header with its sizes in the ZIP64 extra, then the same packed bytes.
    const lh = Buffer.from(src.subarray(local, local + 30))
    const lNameLen = src.readUInt16LE(local + 26)
    const lExtraLen = src.readUInt16LE(local + 28)
    const data = src.subarray(
      local + 30 + lNameLen + lExtraLen,
      local + 30 + lNameLen + lExtraLen + packed,
    )
    const lExtra = zip64Extra([size, packed])
    lh.writeUInt32LE(MAX32, 18)
    lh.writeUInt32LE(MAX32, 22)
    lh.writeUInt16LE(lExtra.length, 28)
    lh.writeUInt16LE(Math.max(45, lh.readUInt16LE(4)), 4) // version needed: 4.5
    const part = Buffer.concat([lh, name, lExtra, data])
    // Data descriptors (bit 3) are left out: sizes are in the header here.
    part.writeUInt16LE(lh.readUInt16LE(6) & ~0x0008, 6)
    locals.push(part)
    const ch = Buffer.from(src.subarray(at, at + 46))
    const cExtra = zip64Extra([size, packed, offset])
    ch.writeUInt32LE(MAX32, 20)
    ch.writeUInt32LE(MAX32, 24)
    ch.writeUInt32LE(MAX32, 42)
    ch.writeUInt16LE(cExtra.length, 30)
    ch.writeUInt16LE(0, 32)
    ch.writeUInt16LE(Math.max(45, ch.readUInt16LE(6)), 6)
    ch.writeUInt16LE(ch.readUInt16LE(8) & ~0x0008, 8)
    centrals.push(Buffer.concat([ch, name, cExtra]))
    offset += part.length
    at += 46 + nameLen + extraLen + commentLen
  }
  const body = Buffer.concat(locals)
  const dir = Buffer.concat(centrals)
  const eocd64 = Buffer.alloc(56)
  eocd64.writeUInt32LE(0x06064b50, 0)
  eocd64.writeBigUInt64LE(44n, 4)
  eocd64.writeUInt16LE(45, 12)
  eocd64.writeUInt16LE(45, 14)
  eocd64.writeBigUInt64LE(BigInt(count), 24)
  eocd64.writeBigUInt64LE(BigInt(count), 32)
  eocd64.writeBigUInt64LE(BigInt(dir.length), 40)
  eocd64.writeBigUInt64LE(BigInt(body.length), 48)
  const locator = Buffer.alloc(20)
  locator.writeUInt32LE(0x07064b50, 0)
  locator.writeBigUInt64LE(BigInt(body.length + dir.length), 8)
  locator.writeUInt32LE(1, 16)
  const eocd = Buffer.alloc(22)
  eocd.writeUInt32LE(0x06054b50, 0)
  eocd.writeUInt16LE(0xffff, 8)
  eocd.writeUInt16LE(0xffff, 10)
  eocd.writeUInt32LE(MAX32, 12)
  eocd.writeUInt32LE(MAX32, 16)
  return Buffer.concat([body, dir, eocd64, locator, eocd])
}
