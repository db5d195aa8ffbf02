import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  openSealed,
  readSealedHeader,
  writeSealed,
} from '../../../../../../../electron/core/services/data/backup/seal'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'seal-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const key = randomBytes(32)
const body = randomBytes(200_000) // three full 64 KiB chunks and a part
async function* pieces(b: Buffer, size = 7_000) {
  for (let i = 0; i < b.length; i += size) yield b.subarray(i, i + size)
}
async function unseal(path: string, k = key): Promise<Buffer> {
  const out: Buffer[] = []
  for await (const b of openSealed(path, k)) out.push(b)
  return Buffer.concat(out)
}
async function sealed(): Promise<string> {
  const path = join(dir, 'a.cwbak')
  await writeSealed(path, { village: '联盟村' }, key, pieces(body))
  return path
}
const FRAME = 4 + 1 + 12 + 65536 + 16

describe('sealed files', () => {
  it('round trip: the body comes back exactly, the header reads without the key', async () => {
    const path = await sealed()
    expect(await unseal(path)).toEqual(body)
    expect((await readSealedHeader(path))?.header).toEqual({ village: '联盟村' })
    const raw = await readFile(path)
    expect(raw.includes(body.subarray(1000, 1032))).toBe(false)
  })

  it('an empty body is sealed too (one final chunk)', async () => {
    const path = join(dir, 'e.cwbak')
    await writeSealed(path, {}, key, pieces(Buffer.alloc(0)))
    expect(await unseal(path)).toEqual(Buffer.alloc(0))
  })

  it('the wrong key is refused', async () => {
    await expect(unseal(await sealed(), randomBytes(32))).rejects.toThrow('密钥不对')
  })

  it('one flipped byte in the body is refused', async () => {
    const path = await sealed()
    const raw = await readFile(path)
    raw[raw.length - 5000]! ^= 1
    await writeFile(path, raw)
    await expect(unseal(path)).rejects.toThrow('内容被改动或已损坏')
  })

  it('a changed header is refused (it is bound to every chunk)', async () => {
    const path = await sealed()
    const raw = await readFile(path)
    const at = raw.indexOf(Buffer.from('"village"')) + 2
    raw[at]! ^= 1
    await writeFile(path, raw)
    await expect(unseal(path)).rejects.toThrow('内容被改动或已损坏')
  })

  it('a dropped chunk, swapped chunks, a cut-off end and trailing bytes are refused', async () => {
    const path = await sealed()
    const raw = await readFile(path)
    const start = (await readSealedHeader(path))!.bodyAt
    const chunk = (i: number) => raw.subarray(start + i * FRAME, start + (i + 1) * FRAME)
    const head = raw.subarray(0, start)
    const rest = raw.subarray(start + 3 * FRAME)
    const cases: Array<[Buffer, string]> = [
      [Buffer.concat([head, chunk(0), chunk(2), rest]), '内容被改动或已损坏'],
      [Buffer.concat([head, chunk(1), chunk(0), chunk(2), rest]), '内容被改动或已损坏'],
      [Buffer.concat([head, chunk(0), chunk(1), chunk(2)]), '备份文件不完整'],
      [Buffer.concat([raw, Buffer.from('x')]), '结尾后面多了内容'],
    ]
    for (const [bytes, message] of cases) {
      await writeFile(path, bytes)
      await expect(unseal(path)).rejects.toThrow(message)
    }
  })
})
