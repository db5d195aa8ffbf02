import { readFileSync } from 'node:fs'
import { appendFile, mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DocData } from '../../../../../electron/core/store/durable-adapter'
import { Journal } from '../../../../../electron/core/store/journal'
import { openStore, verifyJournal } from '../../../../../electron/core/store'
import type { Change, CollectionName, Store } from '../../../../../electron/core/store'

let dir: string
let store: Store | undefined
const clock = () => new Date('2026-03-05T08:00:00.000Z')
const actor = { id: 'u1', name: '张会计' }

const put = (coll: CollectionName, id: string, value: unknown): Change => ({
  actor,
  action: `${coll}.save`,
  entity: coll,
  id,
  puts: [{ coll, id, value }],
})
const ledger = (id: string, date: string, amountFen = 100) => ({
  id,
  date,
  summary: '买水泥',
  amountFen,
})

async function open(generations = 3): Promise<Store> {
  store = await openStore({ dir, now: clock, generations })
  return store
}
async function reopen(generations = 3): Promise<Store> {
  await store?.close()
  return open(generations)
}
async function onDisk(file: string): Promise<DocData> {
  return JSON.parse(await readFile(join(dir, `${file}.json`), 'utf8')) as DocData
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'store-'))
  store = undefined
})
afterEach(async () => {
  await store?.close()
  await rm(dir, { recursive: true, force: true })
})

describe('openStore', () => {
  it('keeps committed records across a reopen, in compact per-domain files', async () => {
    const s = await open()
    await s.commit(put('village', 'profile', { name: '石桥村' }))
    await s.commit(put('members', 'm1', { id: 'm1', name: '李四' }))
    await s.commit(put('settings', 'settings', { kioskTimeout: 60 }))
    const last = await s.commit(put('projects', 'p1', { id: 'p1', name: '修路' }))
    expect(last).toMatchObject({ seq: 4, at: '2026-03-05T08:00:00.000Z', actor })
    const again = await reopen()
    expect(again.get('village', 'profile')).toEqual({ name: '石桥村' })
    expect(again.all('members')).toEqual([{ id: 'm1', name: '李四' }])
    expect(again.get('projects', 'p1')).toEqual({ id: 'p1', name: '修路' })
    expect(again.head()).toEqual({ seq: 4, hash: last.hash.slice(0, 16), at: last.at })
    expect(again.lastUpdated('members')).toBe('2026-03-05T08:00:00.000Z')
    expect(again.lastUpdated('notices')).toBe('')
    expect(again.alerts()).toEqual([])
    expect((await readdir(dir)).filter((f) => /^[a-z-0-9]+\.json$/.test(f)).sort()).toEqual([
      'projects.json',
      'settings.json',
      'village.json',
    ])
    const village = await onDisk('village')
    expect(village.seq).toBe(2)
    expect(Object.keys(village.data).sort()).toEqual(['members', 'village'])
    expect(await readFile(join(dir, 'village.json'), 'utf8')).not.toContain('\n')
    expect(await again.verify()).toMatchObject({ ok: true, entries: 4 })
  })

  it('puts ledger entries in one file per year and removes records with null', async () => {
    const s = await open()
    await s.commit(put('ledger', 'a', ledger('a', '2025-12-31')))
    await s.commit(put('ledger', 'b', ledger('b', '2026-01-01')))
    await s.commit(put('ledger', 'c', ledger('c', '2026-02-01')))
    await s.commit(put('ledger', 'c', null))
    expect(await s.flush()).toBe(true)
    expect(Object.keys((await onDisk('ledger-2025')).data.ledger ?? {})).toEqual(['a'])
    expect(Object.keys((await onDisk('ledger-2026')).data.ledger ?? {})).toEqual(['b'])
    const again = await reopen()
    expect(
      again
        .all('ledger')
        .map((e) => e.id)
        .sort(),
    ).toEqual(['a', 'b'])
    expect(again.get('ledger', 'c')).toBeUndefined()
  })

  it('moves a draft whose date changes year out of the old file', async () => {
    const s = await open()
    await s.commit(put('ledger', 'a', ledger('a', '2025-12-30')))
    const moved = await s.commit(put('ledger', 'a', ledger('a', '2026-01-02')))
    expect(moved.data.puts).toEqual([
      { file: 'ledger-2025', coll: 'ledger', id: 'a', value: null },
      { file: 'ledger-2026', coll: 'ledger', id: 'a', value: ledger('a', '2026-01-02') },
    ])
    expect(await s.flush()).toBe(true)
    expect((await onDisk('ledger-2025')).data.ledger).toEqual({})
    expect((await onDisk('ledger-2026')).data.ledger?.a).toEqual(ledger('a', '2026-01-02'))
    const again = await reopen()
    expect(again.all('ledger')).toEqual([ledger('a', '2026-01-02')])
  })

  it('replays a change that reached the journal but not the document (crash)', async () => {
    const s = await open()
    await s.commit(put('projects', 'p1', { id: 'p1', name: '修路' }))
    await s.close()
    const j = await Journal.open(dir)
    await j.append({
      at: '2026-03-05T09:00:00.000Z',
      actor,
      action: 'projects.save',
      entity: 'projects',
      id: 'p2',
      data: {
        puts: [
          { file: 'projects', coll: 'projects', id: 'p2', value: { id: 'p2', name: '建桥' } },
          { file: 'notices', coll: 'notices', id: 'n1', value: { id: 'n1', title: '通知' } },
        ],
      },
    })
    await j.close()
    expect((await onDisk('projects')).seq).toBe(1)
    const again = await open()
    expect(again.get('projects', 'p2')).toEqual({ id: 'p2', name: '建桥' })
    expect(again.get('notices', 'n1')).toEqual({ id: 'n1', title: '通知' })
    expect((await onDisk('projects')).seq).toBe(2)
    expect((await onDisk('projects')).data.projects?.p2).toEqual({ id: 'p2', name: '建桥' })
    expect((await onDisk('notices')).seq).toBe(2)
    expect(again.lastUpdated('notices')).toBe('2026-03-05T09:00:00.000Z')
    expect(again.alerts().map((a) => a.level)).toEqual(['info', 'info'])
    expect((await again.commit(put('projects', 'p3', { id: 'p3' }))).seq).toBe(3)
    expect(await again.verify()).toMatchObject({ ok: true, entries: 3 })
  })

  it('serialises concurrent commits into consecutive seqs with a verifying chain', async () => {
    const s = await open()
    const entries = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        s.commit(put(i % 2 ? 'projects' : 'ledger', `r${i}`, ledger(`r${i}`, `202${i % 3}-05-01`))),
      ),
    )
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1))
    expect(await verifyJournal(dir)).toMatchObject({ ok: true, entries: 50, head: { seq: 50 } })
    const again = await reopen()
    expect(again.all('ledger')).toHaveLength(25)
    expect(again.all('projects')).toHaveLength(25)
  })

  it('restores a damaged document from a generation and replays the newer journal entries', async () => {
    const s = await open()
    // Each save written on its own (documents are otherwise written once per burst).
    for (let i = 1; i <= 3; i++) {
      await s.commit(put('projects', `p${i}`, { id: `p${i}` }))
      await s.flush()
    }
    await s.close()
    await writeFile(join(dir, 'projects.json'), Buffer.alloc(100))
    const again = await open()
    expect(again.all('projects')).toHaveLength(3)
    expect(again.alerts()[0]?.message).toContain('已从备份副本恢复')
    expect((await onDisk('projects')).seq).toBe(3)
  })

  it('rebuilds a destroyed document with no generations from the journal', async () => {
    const s = await open()
    for (let i = 1; i <= 3; i++) await s.commit(put('projects', `p${i}`, { id: `p${i}` }))
    await s.commit(put('projects', 'p2', null))
    await s.commit(put('matters', 'm1', { id: 'm1' }))
    await s.close()
    for (const f of await readdir(dir))
      if (/^projects\.\d+\.json$/.test(f)) await unlink(join(dir, f))
    await writeFile(join(dir, 'projects.json'), '{"schemaVersion":1,"seq":4,"sha')
    const again = await open()
    expect(
      again
        .all('projects')
        .map((p) => p.id)
        .sort(),
    ).toEqual(['p1', 'p3'])
    expect(again.alerts().map((a) => [a.level, a.file])).toEqual([['warning', 'projects.json']])
    expect(again.alerts()[0]?.message).toContain('重建')
    expect((await onDisk('projects')).seq).toBe(4)
    expect((await readdir(dir)).some((f) => f.startsWith('projects.json.corrupt-'))).toBe(true)
    // The damaged bytes were set aside, not kept as a "good" generation.
    await again.commit(put('projects', 'p4', { id: 'p4' }))
    for (const f of (await readdir(dir)).filter((f) => /^projects\.\d+\.json$/.test(f))) {
      expect(() => JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown, f).not.toThrow()
    }
  })

  it('leaves an unreadable file the journal knows nothing about untouched', async () => {
    const s = await open()
    await s.commit(put('projects', 'p1', { id: 'p1' }))
    await s.close()
    await writeFile(join(dir, 'questions.json'), 'not json at all')
    const again = await open()
    expect(again.get('projects', 'p1')).toEqual({ id: 'p1' })
    expect(again.alerts().map((a) => [a.level, a.file])).toEqual([['error', 'questions.json']])
    const q = put('projects', 'q1', {})
    q.puts[0] = { coll: 'questions' as CollectionName, id: 'q1', value: {} }
    await expect(again.commit(q)).rejects.toThrow(/^store: /)
    expect(await readFile(join(dir, 'questions.json'), 'utf8')).toBe('not json at all')
    expect(again.head().seq).toBe(1)
  })

  it('opens halted when documents are ahead of a lost journal, saving nothing, touching nothing', async () => {
    const s = await open()
    await s.commit(put('projects', 'p1', { id: 'p1' }))
    await s.close()
    store = undefined
    await unlink(join(dir, 'journal.jsonl'))
    const before = await readFile(join(dir, 'projects.json'))
    const again = await open()
    expect(again.halted()).toMatchObject({
      seq: 0,
      reason: expect.stringMatching(/变更日志可能丢失/),
    })
    expect(again.alerts()).toMatchObject([{ level: 'error', file: 'journal.jsonl' }])
    await expect(again.commit(put('projects', 'p2', { id: 'p2' }))).rejects.toThrow(
      /记录核验未通过/,
    )
    await again.close()
    store = undefined
    expect(await readFile(join(dir, 'projects.json'))).toEqual(before)
  })

  it('opens halted at the last entry kept when the journal’s last entries were cut off', async () => {
    const s = await open()
    for (let i = 1; i <= 5; i++) await s.commit(put('projects', `p${i}`, { id: `p${i}` }))
    await s.close()
    store = undefined
    // Entries 4 and 5 deleted (a rollback, or a disk that lost the journal's last writes).
    const path = join(dir, 'journal.jsonl')
    const lines = (await readFile(path, 'utf8')).split('\n').filter(Boolean)
    await writeFile(path, `${lines.slice(0, 3).join('\n')}\n`)
    const again = await open()
    store = again
    expect(again.halted()).toMatchObject({ seq: 3, line: 4 })
    // What the screens show is the journal's own, up to entry 3; the ahead file is evidence.
    expect(again.all('projects').map((p) => (p as { id: string }).id)).toEqual(['p1', 'p2', 'p3'])
    expect(again.alerts()[0]!.message).toContain('已停在第 3 条')
  })

  it('trims a torn journal tail on open and reports it', async () => {
    const s = await open()
    await s.commit(put('projects', 'p1', { id: 'p1' }))
    await s.close()
    await appendFile(join(dir, 'journal.jsonl'), '{"seq":2,"at":"2026')
    const again = await open()
    expect(again.head().seq).toBe(1)
    expect(again.alerts()).toMatchObject([{ level: 'warning', file: 'journal.jsonl' }])
    expect((await again.commit(put('projects', 'p2', { id: 'p2' }))).seq).toBe(2)
    expect(await again.verify()).toMatchObject({ ok: true, entries: 2 })
  })

  it('keeps the history of a record and rejects changes it cannot place', async () => {
    const s = await open()
    await s.commit(put('ledger', 'a', ledger('a', '2026-01-01', 100)))
    await s.commit(put('ledger', 'b', ledger('b', '2026-01-01')))
    await s.commit(put('ledger', 'a', ledger('a', '2026-01-01', 200)))
    await expect(s.commit(put('ledger', 'x', { summary: 'no date' }))).rejects.toThrow(/^store: /)
    expect(s.head().seq).toBe(3)
    const history = await s.history('ledger', 'a')
    expect(
      history.map((e) => [e.seq, (e.data.puts[0]?.value as { amountFen: number }).amountFen]),
    ).toEqual([
      [1, 100],
      [3, 200],
    ])
  })

  it('hands out frozen records so nothing changes without a commit', async () => {
    const s = await open()
    const value = { id: 'p1', tags: ['a'] }
    await s.commit(put('projects', 'p1', value))
    value.tags.push('b')
    const got = s.get('projects', 'p1') as unknown as { tags: string[] }
    expect(got.tags).toEqual(['a'])
    expect(() => got.tags.push('c')).toThrow(TypeError)
  })
})
