/**
 * Documents written behind the journal, and the journal.mark that lets a folder open by
 * reading only the journal's tail: trusted only when the journal and every document fit it.
 */
import { createHash } from 'node:crypto'
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MARK_FILE, markedOffset, readMark } from '../../../../../electron/core/store/flush-mark'
import { Journal } from '../../../../../electron/core/store/journal'
import { openStore } from '../../../../../electron/core/store'
import type { Change, CollectionName, Store } from '../../../../../electron/core/store'

let dir: string
let store: Store | undefined
const clock = () => new Date('2026-03-05T08:00:00.000Z')
const put = (coll: CollectionName, id: string, value: unknown): Change => ({
  actor: null,
  action: `${coll}.save`,
  entity: coll,
  id,
  puts: [{ coll, id, value }],
})
async function open(): Promise<Store> {
  await store?.close()
  store = await openStore({ dir, now: clock })
  return store
}
const onDiskSeq = async (file: string) =>
  (JSON.parse(await readFile(join(dir, `${file}.json`), 'utf8')) as { seq: number }).seq

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flush-mark-'))
  store = undefined
})
afterEach(async () => {
  await store?.close()
  await rm(dir, { recursive: true, force: true })
})

describe('documents written behind the journal', () => {
  it('acknowledges a change from the journal, then flush() and close() bring the documents up to it', async () => {
    const s = await open()
    const e = await s.commit(put('projects', 'p1', { id: 'p1' }))
    expect(e.seq).toBe(1)
    expect(await s.flush()).toBe(true)
    expect(await onDiskSeq('projects')).toBe(1)
    await s.commit(put('projects', 'p2', { id: 'p2' }))
    await s.close()
    store = undefined
    expect(await onDiskSeq('projects')).toBe(2)
    expect(await readMark(dir)).toMatchObject({
      seq: 2,
      docs: { projects: 2 },
      updated: { projects: clock().toISOString() },
    })
  })
})

describe('a burst of saves', () => {
  it('is written to its document once, not once per save', async () => {
    const s = await open()
    for (let i = 1; i <= 5; i++) await s.commit(put('projects', `p${i}`, { id: `p${i}` }))
    expect(await s.flush()).toBe(true)
    expect(await onDiskSeq('projects')).toBe(5)
    // A second write would have rotated the first into projects.1.json.
    expect((await readdir(dir)).filter((f) => f.startsWith('projects.'))).toEqual(['projects.json'])
  })
})

describe('journal.mark', () => {
  async function twoProjectsAndANotice(): Promise<void> {
    const s = await open()
    await s.commit(put('projects', 'p1', { id: 'p1' }))
    await s.commit(put('notices', 'n1', { id: 'n1' }))
    await s.commit(put('projects', 'p2', { id: 'p2' }))
    await s.close()
    store = undefined
  }

  it('lets a reopen skip the checked prefix yet replay what came after it, with the right times', async () => {
    await twoProjectsAndANotice()
    const j = await Journal.open(dir)
    await j.append({
      at: '2026-03-06T09:00:00.000Z',
      actor: null,
      action: 'projects.save',
      entity: 'projects',
      id: 'p3',
      data: { puts: [{ file: 'projects', coll: 'projects', id: 'p3', value: { id: 'p3' } }] },
    })
    await j.close()
    const s = await open()
    expect(
      s
        .all('projects')
        .map((p) => p.id)
        .sort(),
    ).toEqual(['p1', 'p2', 'p3'])
    expect(s.lastUpdated('notices')).toBe(clock().toISOString())
    expect(s.lastUpdated('projects')).toBe('2026-03-06T09:00:00.000Z')
    expect(s.head().seq).toBe(4)
    expect(await readMark(dir)).toMatchObject({ seq: 4 })
  })

  it('finds the marked entry behind lines longer than the first piece read from the end', async () => {
    const s = await open()
    await s.commit(put('projects', 'p1', { id: 'p1' }))
    await s.close()
    store = undefined
    const j = await Journal.open(dir)
    for (const [id, size] of [
      ['big', 300_000],
      ['p2', 10],
    ] as const) {
      const value = { id, note: '修'.repeat(size) }
      await j.append({
        at: '2026-03-06T09:00:00.000Z',
        actor: null,
        action: 'projects.save',
        entity: 'projects',
        id,
        data: { puts: [{ file: 'projects', coll: 'projects', id, value }] },
      })
    }
    await j.close()
    const journal = await readFile(join(dir, 'journal.jsonl'))
    expect(markedOffset(journal, (await readMark(dir))!)).toBe(journal.indexOf(10) + 1)
    const again = await open()
    expect(
      again
        .all('projects')
        .map((p) => p.id)
        .sort(),
    ).toEqual(['big', 'p1', 'p2'])
    expect(again.alerts()).toMatchObject([{ level: 'info' }])
  })

  it('is only a hint: a prefix line changed behind its back is found on open', async () => {
    await twoProjectsAndANotice()
    const path = join(dir, 'journal.jsonl')
    const lines = (await readFile(path, 'utf8')).split('\n')
    lines[0] = lines[0]!.replace('"p1"', '"pX"')
    await writeFile(path, lines.join('\n'))
    const s = await open()
    expect(s.halted()).toMatchObject({ seq: 0, line: 1 })
    expect((await s.verify()).ok).toBe(false)
  })

  it('carries the length and piece digest of the journal up to the marked entry', async () => {
    await twoProjectsAndANotice()
    const journal = await readFile(join(dir, 'journal.jsonl'))
    const mark = await readMark(dir)
    // Under 1 MiB the file is one short piece: sha256 of that piece's sha256.
    const piece = createHash('sha256').update(journal).digest()
    expect(mark?.journal).toEqual({
      bytes: journal.length,
      sha256: createHash('sha256').update(piece).digest('hex'),
      piece: 1 << 20,
    })
  })

  it('is ignored when a document is older than the mark says (a generation put back)', async () => {
    const s = await open()
    await s.commit(put('projects', 'p1', { id: 'p1' }))
    await s.flush()
    await copyFile(join(dir, 'projects.json'), join(dir, 'old-projects'))
    await s.commit(put('projects', 'p2', { id: 'p2' }))
    await s.close()
    store = undefined
    await copyFile(join(dir, 'old-projects'), join(dir, 'projects.json'))
    const again = await open()
    expect(
      again
        .all('projects')
        .map((p) => p.id)
        .sort(),
    ).toEqual(['p1', 'p2'])
  })

  it('is ignored when the journal does not hold the marked entry', async () => {
    await twoProjectsAndANotice()
    const mark = JSON.parse(await readFile(join(dir, MARK_FILE), 'utf8')) as { hash: string }
    await writeFile(join(dir, MARK_FILE), JSON.stringify({ ...mark, hash: 'f'.repeat(64) }))
    const s = await open()
    expect(s.all('projects')).toHaveLength(2)
    expect(s.lastUpdated('notices')).toBe(clock().toISOString())
  })

  it('is ignored when it cannot be read, and written again on open', async () => {
    await twoProjectsAndANotice()
    await writeFile(join(dir, MARK_FILE), '{"seq":')
    const s = await open()
    expect(s.all('projects')).toHaveLength(2)
    expect(await readMark(dir)).toMatchObject({ seq: 3 })
  })
})
