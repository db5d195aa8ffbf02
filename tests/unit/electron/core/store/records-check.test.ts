/**
 * The 监委's 核验 also compares every record shown with the journal rebuilt alone: a document
 * edited outside the program, its checksum made to match, is found and named, on a whole chain.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ChainReport } from '../../../../../contract'
import type { Ctx } from '../../../../../electron/core/api/handlers'
import { auditHandlers } from '../../../../../electron/core/services/auth/audit'
import { openStore, type Change, type Store } from '../../../../../electron/core/store'
import { serializeDoc, type DocData } from '../../../../../electron/core/store/durable-adapter'
import { compareRecords, replayJournal } from '../../../../../electron/core/store/records-check'

let dir: string
let store: Store | undefined
const clock = () => new Date('2026-03-05T08:00:00.000Z')

const put = (id: string, value: unknown): Change => ({
  actor: null,
  action: 'notices.save',
  entity: 'notices',
  id,
  puts: [{ coll: 'notices', id, value }],
})

/** Two notices, written to disk, and the store opened again over the folder. */
async function twoNotices(): Promise<void> {
  store = await openStore({ dir, now: clock })
  await store.commit(put('n1', { id: 'n1', title: '修路通知' }))
  await store.commit(put('n2', { id: 'n2', title: '低保公示' }))
  await store.close()
}

/** Changes the notices document as an editor would, its checksum made to match. */
async function edit(change: (data: DocData['data']) => void): Promise<void> {
  const file = join(dir, 'notices.json')
  const doc = JSON.parse(await readFile(file, 'utf8')) as DocData
  change(doc.data)
  await writeFile(file, serializeDoc({ seq: doc.seq, data: doc.data }))
}

const verify = (s: Store) =>
  auditHandlers['audit.verify']({}, { store: s } as unknown as Ctx) as Promise<ChainReport>

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'records-check-'))
})
afterEach(async () => {
  await store?.close()
  store = undefined
  await rm(dir, { recursive: true, force: true })
})

describe('核验 compares the records with the journal', () => {
  it('an untouched folder: whole chain, every record as the journal says', async () => {
    await twoNotices()
    store = await openStore({ dir, now: clock })
    expect(await store.checkRecords()).toEqual({ checked: 2 })
    const report = await verify(store)
    expect(report).toMatchObject({ ok: true, entries: 2, records: 2 })
    expect(report.recordsBad).toBeUndefined()
  })

  it.each([
    ['a title changed', (d: DocData['data']) => void (d.notices!.n2 = { id: 'n2', title: '改过' })],
    ['a record removed', (d: DocData['data']) => void delete d.notices!.n2],
    ['a record added', (d: DocData['data']) => void (d.notices!.n3 = { id: 'n3', title: '假的' })],
    // Listed first (a number-like key sorts first), claiming a real record's id: still shown.
    [
      'a record added under another key with n2’s id',
      (d: DocData['data']) =>
        void (d.notices = { '0': { id: 'n2', title: '伪造的公示' }, ...d.notices }),
    ],
  ])('%s in the data file: the chain is whole, the record is named', async (_what, change) => {
    await twoNotices()
    await edit(change)
    store = await openStore({ dir, now: clock })
    const report = await verify(store)
    expect(report.ok).toBe(false)
    expect(report.firstBad).toBeUndefined()
    expect(report.recordsBad).toMatchObject({ coll: 'notices' })
    expect(report.recordsBad!.message).toMatch(/数据文件里的公告（编号 (n|0)/)
    expect(report.recordsBad!.message).toContain('与变更日志记载的不一致')
  })
})

describe('the journal is replayed a slice at a time, so core answers taps meanwhile', () => {
  /** A journal of `n` notices, and its bytes. */
  async function journalOf(n: number): Promise<Buffer> {
    store = await openStore({ dir, now: clock })
    for (let i = 0; i < n; i++) await store.commit(put(`n${i}`, { id: `n${i}`, title: `通知${i}` }))
    await store.close()
    store = undefined
    return readFile(join(dir, 'journal.jsonl'))
  }

  it('in slices it makes the same records as in one go, pausing between slices', async () => {
    const bytes = await journalOf(120)
    const whole = await replayJournal(bytes)
    let pauses = 0
    const sliced = await replayJournal(bytes, undefined, async () => void pauses++, 500)
    expect(pauses).toBeGreaterThan(20)
    expect(whole.all('notices')).toHaveLength(120)
    expect(await compareRecords(sliced, whole)).toEqual({ checked: 120 })
    expect(await compareRecords(whole, sliced, async () => void pauses++)).toEqual({ checked: 120 })
  })

  it('a bad line in a later slice stops the replay where it stops in one go', async () => {
    const bytes = await journalOf(60)
    const lines = bytes.toString('utf8').split('\n')
    lines[39] = lines[39]!.replace('通知39', '通知X9') // its hash no longer matches
    const bad = Buffer.from(lines.join('\n'), 'utf8')
    const whole = await replayJournal(bad)
    const sliced = await replayJournal(bad, undefined, async () => {}, 300)
    expect(whole.all('notices')).toHaveLength(39)
    expect(await compareRecords(sliced, whole)).toEqual({ checked: 39 })
  })
})
