import { mkdtemp, readdir, readFile, rm, truncate, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { StorageAlert } from '../../../../../contract'
import { sha256Hex } from '../../../../../electron/core/store/canonical'
import { DurableAdapter, type DocData } from '../../../../../electron/core/store/durable-adapter'

let dir: string
let path: string
let alerts: StorageAlert[]

const doc = (seq: number): DocData => ({ seq, data: { items: { a: { n: seq, name: '水泥' } } } })
const adapter = (): DurableAdapter =>
  new DurableAdapter(path, {
    generations: 3,
    now: () => new Date('2026-03-05T08:00:00Z'),
    onAlert: (a) => alerts.push(a),
  })

/** Writes seq 1..n through one adapter: x.json holds n, x.1.json n-1, and so on. */
async function writeHistory(n: number): Promise<void> {
  const a = adapter()
  expect(await a.read()).toBeNull()
  for (let seq = 1; seq <= n; seq++) await a.write(doc(seq))
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'adapter-'))
  path = join(dir, 'x.json')
  alerts = []
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('DurableAdapter', () => {
  it('writes compact JSON with a header whose sha256 covers the data', async () => {
    await writeHistory(1)
    const text = await readFile(path, 'utf8')
    expect(text).not.toMatch(/\n|": /)
    const parsed = JSON.parse(text) as { schemaVersion: number; seq: number; sha256: string }
    expect(Object.keys(parsed)).toEqual(['schemaVersion', 'seq', 'sha256', 'data'])
    expect(parsed).toMatchObject({ schemaVersion: 1, seq: 1 })
    expect(parsed.sha256).toBe(sha256Hex(JSON.stringify(doc(1).data)))
  })

  it('keeps the previous good versions as numbered generations', async () => {
    await writeHistory(5)
    const seqOf = async (name: string): Promise<number> =>
      (JSON.parse(await readFile(join(dir, name), 'utf8')) as DocData).seq
    expect(await seqOf('x.json')).toBe(5)
    expect(await seqOf('x.1.json')).toBe(4)
    expect(await seqOf('x.2.json')).toBe(3)
    expect(await seqOf('x.3.json')).toBe(2)
    expect((await readdir(dir)).sort()).toEqual(['x.1.json', 'x.2.json', 'x.3.json', 'x.json'])
  })

  it('accepts a file reformatted by hand as long as its data still matches the sha256', async () => {
    await writeHistory(2)
    const parsed = JSON.parse(await readFile(path, 'utf8')) as unknown
    await writeFile(path, JSON.stringify(parsed, null, 2))
    expect(await adapter().read()).toEqual(doc(2))
    expect(alerts).toEqual([])
  })

  it('ignores a torn temp file left by a crash', async () => {
    await writeHistory(2)
    const before = await readFile(path)
    await writeFile(join(dir, '.x.json.tmp'), before.subarray(0, before.length / 2))
    expect(await adapter().read()).toEqual(doc(2))
    expect(await readFile(path)).toEqual(before)
    expect(alerts).toEqual([])
  })

  it('recovers a zeroed file from the newest good generation and says so', async () => {
    await writeHistory(4)
    const size = (await readFile(path)).length
    await writeFile(path, Buffer.alloc(size))
    expect(await adapter().read()).toEqual(doc(3))
    expect(alerts).toHaveLength(1)
    expect(alerts[0]).toMatchObject({ level: 'warning', file: 'x.json' })
    expect(alerts[0]?.message).toContain('已从备份副本恢复')
    // The main file itself is good again, and the zeroed bytes were kept aside.
    expect(await new DurableAdapter(path).read()).toEqual(doc(3))
    const aside = (await readdir(dir)).filter((f) => f.startsWith('x.json.corrupt-'))
    expect(aside).toHaveLength(1)
    expect(await readFile(join(dir, aside[0] ?? ''))).toEqual(Buffer.alloc(size))
  })

  it('recovers a truncated file', async () => {
    await writeHistory(3)
    await truncate(path, 20)
    expect(await adapter().read()).toEqual(doc(2))
    expect(alerts).toHaveLength(1)
  })

  it('recovers a missing main file instead of starting empty', async () => {
    await writeHistory(3)
    await unlink(path)
    expect(await adapter().read()).toEqual(doc(2))
    expect(alerts[0]?.message).toContain('丢失')
    expect((JSON.parse(await readFile(path, 'utf8')) as DocData).seq).toBe(2)
  })

  it('treats a file whose data no longer matches its sha256 as damaged', async () => {
    await writeHistory(3)
    const text = await readFile(path, 'utf8')
    await writeFile(path, text.replace('"n":3', '"n":9'))
    expect(await adapter().read()).toEqual(doc(2))
    expect(alerts).toHaveLength(1)
  })

  it('skips damaged generations and uses the newest good one', async () => {
    await writeHistory(4)
    await writeFile(path, 'garbage')
    await writeFile(join(dir, 'x.1.json'), '{"schemaVersion":1')
    expect(await adapter().read()).toEqual(doc(2))
  })

  it('never rotates a damaged file over good generations when writing after a restore', async () => {
    await writeHistory(4)
    await writeFile(path, Buffer.alloc(50))
    const a = adapter()
    expect(await a.read()).toEqual(doc(3))
    await a.write(doc(5))
    for (const [name, seq] of [
      ['x.json', 5],
      ['x.1.json', 3],
      ['x.2.json', 3],
      ['x.3.json', 2],
    ] as const) {
      expect((JSON.parse(await readFile(join(dir, name), 'utf8')) as DocData).seq, name).toBe(seq)
    }
  })

  it('throws and leaves the file untouched when nothing good can be found', async () => {
    await writeHistory(1)
    await writeFile(path, Buffer.alloc(64))
    const before = await readFile(path)
    await expect(adapter().read()).rejects.toThrow(/^store: /)
    expect(await readFile(path)).toEqual(before)
    expect(await readdir(dir)).toEqual(['x.json'])
  })

  it('throws when the main file is gone and every generation is damaged', async () => {
    await writeHistory(2)
    await unlink(path)
    await writeFile(join(dir, 'x.1.json'), '')
    await expect(adapter().read()).rejects.toThrow(/^store: /)
  })

  it('reads null for a fresh folder, so lowdb keeps its defaults', async () => {
    expect(await adapter().read()).toBeNull()
    const db = new Low<DocData>(adapter(), { seq: 0, data: {} })
    await db.read()
    expect(db.data).toEqual({ seq: 0, data: {} })
    db.data = doc(7)
    await db.write()
    const again = new Low<DocData>(adapter(), { seq: 0, data: {} })
    await again.read()
    expect(again.data).toEqual(doc(7))
  })
})
