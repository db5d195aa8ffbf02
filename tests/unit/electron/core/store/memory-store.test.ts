import { describe, expect, it } from 'vitest'
import { createMemoryStore } from '../../../../../electron/core/store'
import type { Change, CollectionName, JournalEntry } from '../../../../../electron/core/store'
import { entryHash } from '../../../../../electron/core/store/journal-format'

const put = (coll: CollectionName, id: string, value: unknown): Change => ({
  actor: null,
  action: `${coll}.save`,
  entity: coll,
  id,
  puts: [{ coll, id, value }],
})
let tick = 0
const clock = () => new Date(Date.UTC(2026, 2, 5, 8, 0, tick++))

describe('createMemoryStore', () => {
  it('starts empty', () => {
    const s = createMemoryStore(clock)
    expect(s.head()).toEqual({ seq: 0, hash: '', at: '' })
    expect(s.all('projects')).toEqual([])
    expect(s.get('village', 'profile')).toBeUndefined()
    expect(s.lastUpdated('ledger')).toBe('')
  })

  it('commits with a real hash chain that verifies', async () => {
    const s = createMemoryStore(clock)
    const entries: JournalEntry[] = []
    for (let i = 0; i < 10; i++)
      entries.push(await s.commit(put('projects', `p${i}`, { id: `p${i}` })))
    entries.forEach((e, i) => {
      expect(e.seq).toBe(i + 1)
      expect(e.prev).toBe(i === 0 ? '' : entries[i - 1]?.hash)
      const { hash, ...body } = e
      expect(hash).toBe(entryHash(body))
    })
    const last = entries[9]
    expect(s.head()).toEqual({ seq: 10, hash: last?.hash.slice(0, 16), at: last?.at })
    expect(await s.verify()).toEqual({ ok: true, entries: 10, head: s.head() })
    expect(s.all('projects')).toHaveLength(10)
    expect(s.lastUpdated('projects')).toBe(last?.at)
  })

  it('places and moves ledger entries like the disk store', async () => {
    const s = createMemoryStore(clock)
    await s.commit(put('ledger', 'a', { id: 'a', date: '2025-12-31' }))
    const moved = await s.commit(put('ledger', 'a', { id: 'a', date: '2026-01-01' }))
    expect(moved.data.puts.map((p) => [p.file, p.value === null])).toEqual([
      ['ledger-2025', true],
      ['ledger-2026', false],
    ])
    expect(s.all('ledger')).toEqual([{ id: 'a', date: '2026-01-01' }])
    await s.commit(put('ledger', 'a', null))
    expect(s.get('ledger', 'a')).toBeUndefined()
    expect((await s.history('ledger', 'a')).map((e) => e.seq)).toEqual([1, 2, 3])
  })

  it('serialises concurrent commits', async () => {
    const s = createMemoryStore(clock)
    const entries = await Promise.all(
      Array.from({ length: 50 }, (_, i) => s.commit(put('matters', `m${i}`, { i }))),
    )
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1))
    expect((await s.verify()).ok).toBe(true)
  })

  it('rejects a bad change without moving the head, and refuses commits after close', async () => {
    const s = createMemoryStore(clock)
    await expect(s.commit(put('ledger', 'x', { id: 'x' }))).rejects.toThrow(/^store: /)
    await expect(s.commit(put('projects', '__proto__', {}))).rejects.toThrow(/^store: /)
    expect(s.head().seq).toBe(0)
    await s.commit(put('projects', 'p1', { id: 'p1' }))
    await s.close()
    await expect(s.commit(put('projects', 'p2', {}))).rejects.toThrow(/^store: /)
    expect(s.all('projects')).toHaveLength(1)
  })
})

describe('a commit with a recheck', () => {
  it('checks in its own turn, after every earlier commit is applied; a throw writes nothing', async () => {
    const s = createMemoryStore(clock)
    const first = s.commit(put('projects', 'p1', { id: 'p1' }))
    // Asked for before the first commit is applied; checked only after it is.
    const second = s.commit({
      ...put('projects', 'p2', { id: 'p2' }),
      recheck: () => {
        if (s.get('projects', 'p1')) throw new Error('p1 已经有了')
      },
    })
    await first
    await expect(second).rejects.toThrow('p1 已经有了')
    expect(s.head().seq).toBe(1)
    expect(s.get('projects', 'p2')).toBeUndefined()
    await s.commit({ ...put('projects', 'p3', { id: 'p3' }), recheck: () => {} })
    expect(s.head().seq).toBe(2)
  })
})
