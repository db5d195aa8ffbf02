import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { journalAfter } from '../../../../../electron/core/township/journal-tail'

let dir: string
const line = (seq: number) =>
  JSON.stringify({
    seq,
    at: '',
    actor: null,
    action: 'x',
    entity: 'e',
    id: 'i',
    data: { puts: [] },
    prev: '',
    hash: 'h',
    pad: 'x'.repeat(300),
  })

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'township-tail-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('journalAfter', () => {
  it('reads only what follows a seq, across chunk borders, and leaves a torn last line out', async () => {
    // About 3.5 MB: more than three 1 MB chunks, so lines straddle chunk borders.
    const text = Array.from({ length: 11_000 }, (_, i) => line(i + 1)).join('\n')
    await writeFile(join(dir, 'journal.jsonl'), `${text}\n{"seq":11001,"torn`)
    const seqs = async (after: number) => (await journalAfter(dir, after)).map((e) => e.seq)
    expect(await seqs(10_997)).toEqual([10_998, 10_999, 11_000])
    expect(await seqs(11_000)).toEqual([])
    const tail = await seqs(3_000)
    expect(tail).toHaveLength(8_000)
    expect(tail[0]).toBe(3_001)
    expect(tail.every((s, i) => s === 3_001 + i)).toBe(true)
    expect((await seqs(0)).length).toBe(11_000)
  })

  it('an absent journal has nothing after any seq', async () => {
    expect(await journalAfter(join(dir, 'none'), 0)).toEqual([])
  })
})
