import { cpSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { serializeDoc, type DocData } from '../../../../../electron/core/store/durable-adapter'
import { openStore } from '../../../../../electron/core/store'
import type { Change, Store } from '../../../../../electron/core/store'

// 2026: the current year and 2025 are read at open; 2019 and 2020 wait for their first use.
const clock = () => new Date('2026-11-25T08:00:00.000Z')
const actor = { id: 'u1', name: '张会计' }
let dir: string
const opened: Store[] = []

const line = (id: string, date: string, amountFen = 100) => ({
  id,
  date,
  summary: '买水泥',
  amountFen,
})
const put = (...values: Array<ReturnType<typeof line>>): Change => ({
  actor,
  action: 'ledger.save',
  entity: 'ledger',
  id: values[0]!.id,
  puts: values.map((value) => ({ coll: 'ledger' as const, id: value.id, value })),
})

/** Opens the folder without the background reader, so only a use can read a deferred year. */
async function open(at = dir): Promise<Store> {
  const s = await openStore({ dir: at, now: clock, background: false })
  opened.push(s)
  return s
}
const ids = (s: Store) =>
  s
    .all('ledger')
    .map((e) => e.id)
    .sort()
const file = (name: string) => join(dir, `${name}.json`)

/** Ten lines over four years, written, marked and closed. */
async function village(): Promise<void> {
  const s = await openStore({ dir, now: clock })
  await s.commit(put(line('a', '2019-03-01'), line('b', '2019-04-01'), line('c', '2019-05-01')))
  await s.commit(put(line('d', '2020-03-01'), line('e', '2020-06-01')))
  await s.commit(put(line('f', '2025-03-01'), line('g', '2025-06-01')))
  await s.commit(put(line('h', '2026-01-01'), line('i', '2026-02-01'), line('j', '2026-03-01')))
  await s.close()
}

/** A valid, sealed document holding other records than the real one. */
async function swapFor(name: string, seq: number, records: Record<string, unknown>) {
  const doc: DocData = { seq, data: { ledger: records } }
  await writeFile(file(name), serializeDoc(doc))
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'read-later-'))
  await village()
})
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close()
  await rm(dir, { recursive: true, force: true })
})

describe('older years of the ledger', () => {
  it('are not read at open, only on their first use; this and last year are read at open', async () => {
    const seq2019 = (JSON.parse(await readFile(file('ledger-2019'), 'utf8')) as DocData).seq
    const s = await open()
    // Swapped after the open: what a use shows tells when each file was read.
    await swapFor('ledger-2019', seq2019, { z: line('z', '2019-07-01') })
    await swapFor('ledger-2025', 3, { y: line('y', '2025-07-01') })
    expect(ids(s)).toEqual(['d', 'e', 'f', 'g', 'h', 'i', 'j', 'z'])
    expect(s.alerts()).toEqual([])
  })

  it('count in every total: all years are there at the first read, one by one or all', async () => {
    const s = await open()
    expect(s.get('ledger', 'a')?.date).toBe('2019-03-01')
    expect(ids(s)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'])
  })

  it('a year changed after the open without its seal is caught on first use and rebuilt from the journal', async () => {
    const s = await open()
    const bytes = await readFile(file('ledger-2019'), 'utf8')
    await writeFile(file('ledger-2019'), bytes.replace('"amountFen":100', '"amountFen":900'))
    expect(s.alerts()).toEqual([])
    const lines = s.all('ledger').filter((e) => e.date.startsWith('2019'))
    expect(lines.map((e) => e.amountFen)).toEqual([100, 100, 100])
    expect(s.alerts()).toMatchObject([
      { level: 'warning', file: 'ledger-2019.json', message: expect.stringMatching(/重建/) },
    ])
    await s.close()
    // The changed bytes are kept as evidence; the file is whole again.
    expect((await readdir(dir)).some((f) => f.startsWith('ledger-2019.json.corrupt-'))).toBe(true)
    expect(ids(await open())).toHaveLength(10)
  })

  it('are read in the background soon after the open: a damaged one is told without anyone asking', async () => {
    const s = await openStore({ dir, now: clock })
    opened.push(s)
    const bytes = await readFile(file('ledger-2020'), 'utf8')
    await writeFile(file('ledger-2020'), bytes.replace('"amountFen":100', '"amountFen":900'))
    await vi.waitFor(() => expect(s.alerts()).toHaveLength(1), { timeout: 10_000 })
    expect(s.alerts()[0]).toMatchObject({ level: 'warning', file: 'ledger-2020.json' })
  })

  it('a damaged year is restored from its last good copy when one is kept', async () => {
    const s = await openStore({ dir, now: clock })
    await s.commit(put(line('a', '2019-03-01', 300)))
    await s.close()
    await writeFile(file('ledger-2019'), '{"schemaVersion":1,"seq":9,"sha')
    const again = await open()
    expect(again.alerts()).toEqual([])
    expect(again.get('ledger', 'a')?.amountFen).toBe(300)
    expect(again.alerts().map((a) => a.level)).toContain('warning')
    expect(
      again
        .alerts()
        .map((a) => a.message)
        .join(),
    ).toMatch(/ledger-2019\.json (已损坏|丢失)/)
  })

  it('a year ahead of the journal is left as it is, told to cadres, and refuses changes', async () => {
    const s = await open()
    await swapFor('ledger-2019', 1000, { z: line('z', '2019-07-01') })
    const before = await readFile(file('ledger-2019'), 'utf8')
    expect(ids(s)).toEqual(['d', 'e', 'f', 'g', 'h', 'i', 'j'])
    expect(s.alerts()).toMatchObject([{ level: 'error', file: 'ledger-2019.json' }])
    await expect(s.commit(put(line('a', '2019-03-01', 5)))).rejects.toThrow(/^store: /)
    await s.close()
    expect(await readFile(file('ledger-2019'), 'utf8')).toBe(before)
  })

  it('a correction to a past year reads that year first, so its other lines are kept', async () => {
    const s = await open()
    await s.commit(put(line('b', '2019-04-01', 500)))
    await s.close()
    const doc = JSON.parse(await readFile(file('ledger-2019'), 'utf8')) as DocData
    expect(Object.keys(doc.data.ledger!).sort()).toEqual(['a', 'b', 'c'])
    const again = await open()
    expect(again.get('ledger', 'b')?.amountFen).toBe(500)
    expect(ids(again)).toHaveLength(10)
  })

  it('a past-year change in the journal but not yet in its file is replayed at open (power cut)', async () => {
    const s = await open()
    await s.commit(put(line('d', '2020-03-01', 700)))
    // The folder as a power cut right after the acknowledgement leaves it.
    const cut = `${dir}-cut`
    cpSync(dir, cut, { recursive: true })
    try {
      const again = await open(cut)
      expect(again.get('ledger', 'd')?.amountFen).toBe(700)
      expect(again.all('ledger')).toHaveLength(10)
    } finally {
      await rm(cut, { recursive: true, force: true })
    }
  })
})
