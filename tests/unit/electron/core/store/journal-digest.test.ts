/**
 * The journal digest in journal.mark, hashed 1 MiB piece by piece so ten years of journal can
 * be checked on another thread at start: it must still notice one changed byte anywhere, put a
 * torn tail right, and refuse an older mark it cannot check.
 */
import { createHash } from 'node:crypto'
import { mkdtemp, readFile, readdir, rm, writeFile, appendFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MARK_FILE, readMark } from '../../../../../electron/core/store/flush-mark'
import { Journal } from '../../../../../electron/core/store/journal'
import { PIECE, PieceDigest } from '../../../../../electron/core/store/journal-digest'
import { readJournalEarly } from '../../../../../electron/core/store/journal-tail'
import { openStore } from '../../../../../electron/core/store'
import type { Change, Store } from '../../../../../electron/core/store'

const MiB = 1 << 20
/**
 * Written out here, not with the code under test: sha256 over the sha256 of each full MiB
 * piece and of the bytes after them (a short piece, empty when the length is a whole number of MiB).
 */
function expected(bytes: Buffer): string {
  const top = createHash('sha256')
  for (let at = 0; ; at += MiB) {
    top.update(
      createHash('sha256')
        .update(bytes.subarray(at, at + MiB))
        .digest(),
    )
    if (at + MiB > bytes.length) break
  }
  return top.digest('hex')
}

describe('PieceDigest', () => {
  it('gives the same digest however the bytes arrive, at and around piece boundaries', () => {
    expect(PIECE).toBe(MiB)
    const all = Buffer.alloc(2 * MiB + 5)
    for (let i = 0; i < all.length; i++) all[i] = (i * 31 + (i >> 9)) & 0xff
    for (const n of [0, 1, MiB - 1, MiB, MiB + 1, 2 * MiB, 2 * MiB + 5]) {
      const bytes = all.subarray(0, n)
      const d = new PieceDigest()
      for (let at = 0; at < n;) {
        const step = 1 + ((at * 7919) % 300_001)
        d.update(bytes.subarray(at, at + step))
        at += step
      }
      expect(d.bytes).toBe(n)
      expect(d.hex()).toBe(expected(bytes))
    }
  })

  it('goes on from the digests of full pieces hashed elsewhere', () => {
    const bytes = Buffer.alloc(3 * MiB + 100, '村')
    const pieces = Buffer.concat(
      [0, 1].map((i) =>
        createHash('sha256')
          .update(bytes.subarray(i * MiB, (i + 1) * MiB))
          .digest(),
      ),
    )
    const d = new PieceDigest(pieces)
    d.update(bytes.subarray(2 * MiB))
    expect(d.bytes).toBe(bytes.length)
    expect(d.hex()).toBe(expected(bytes))
  })
})

describe('a journal of several MiB opened from its mark', () => {
  let dir: string
  let store: Store | undefined
  const clock = () => new Date('2026-03-05T08:00:00.000Z')
  const journal = () => join(dir, 'journal.jsonl')
  const put = (id: string, chars: number): Change => ({
    actor: null,
    action: 'projects.save',
    entity: 'projects',
    id,
    puts: [{ coll: 'projects', id, value: { id, note: '修'.repeat(chars) } }],
  })
  /** Five saves of ~600 KB each (3 MB, so the pieces before the mark are hashed elsewhere). */
  async function bigJournal(): Promise<void> {
    store = await openStore({ dir, now: clock })
    for (let i = 1; i <= 5; i++) await store.commit(put(`p${i}`, 200_000))
    await store.close()
    store = undefined
  }

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'journal-digest-'))
  })
  afterEach(async () => {
    await store?.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('marks the digest of the whole file, and a reopen trusts it without reading the pieces here', async () => {
    await bigJournal()
    const bytes = await readFile(journal())
    expect(bytes.length).toBeGreaterThan(2 * MiB)
    const mark = (await readMark(dir))!
    expect(mark.journal).toEqual({ bytes: bytes.length, sha256: expected(bytes), piece: MiB })
    const early = readJournalEarly(journal(), mark)
    expect(early.base).toBe(2 * MiB)
    expect((await early.bytes).length).toBe(bytes.length - 2 * MiB)
    const j = await Journal.open(dir, { mark, early })
    expect(j.fromMark).toBe(true)
    expect(j.head.seq).toBe(5)
    expect(j.digestAt(5)).toEqual(mark.journal)
    await j.close()
    store = await openStore({ dir, now: clock })
    expect(store.all('projects').map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5'])
    expect(store.alerts()).toEqual([])
  })

  it('notices one character changed in the first piece, hashed on the other thread', async () => {
    await bigJournal()
    const bytes = await readFile(journal())
    const at = bytes.indexOf(Buffer.from('修'), 1000)
    expect(at).toBeLessThan(MiB)
    Buffer.from('改').copy(bytes, at)
    await writeFile(journal(), bytes)
    store = await openStore({ dir, now: clock })
    expect(store.halted()).toMatchObject({ seq: 0, line: 1 })
    expect((await store.verify()).ok).toBe(false)
    // The evidence is the whole file as found, not the part read at start.
    const evidence = (await readdir(dir)).find((f) => f.startsWith('journal.jsonl.bad-line1-'))
    expect(evidence).toBeDefined()
    expect((await readFile(join(dir, evidence!))).equals(bytes)).toBe(true)
  })

  it('trims a torn last line at its place in the file, not in the part read', async () => {
    await bigJournal()
    const before = await readFile(journal())
    await appendFile(journal(), '{"seq":6,"at":"2026-03-05T08:00:00.000Z","act')
    store = await openStore({ dir, now: clock })
    expect(store.head().seq).toBe(5)
    expect(store.alerts()).toMatchObject([{ level: 'warning', file: 'journal.jsonl' }])
    expect((await readFile(journal())).equals(before)).toBe(true)
    await store.commit(put('p6', 10))
    expect((await store.verify()).ok).toBe(true)
  })

  it('does not trust an older mark with a plain sha256, reads it all and writes a mark it can check', async () => {
    await bigJournal()
    const bytes = await readFile(journal())
    const mark = (await readMark(dir))!
    const plain = { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }
    await writeFile(join(dir, MARK_FILE), JSON.stringify({ ...mark, journal: plain }))
    const old = (await readMark(dir))!
    const j = await Journal.open(dir, { mark: old, early: readJournalEarly(journal(), old) })
    expect(j.fromMark).toBe(false)
    expect(j.head.seq).toBe(5)
    await j.close()
    store = await openStore({ dir, now: clock })
    expect(store.all('projects')).toHaveLength(5)
    expect((await readMark(dir))?.journal).toEqual({
      bytes: bytes.length,
      sha256: expected(bytes),
      piece: MiB,
    })
  })
})
