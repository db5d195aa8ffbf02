/**
 * No side door past the lists: every public get-by-id answers what lists and search hide (a draft,
 * a record waiting for the 监委, a returned one, a notice before its first day, a line of an
 * unsigned sheet or an unsigned correction) with the very answer an unknown id gets, so a
 * villager tapping or typing ids learns nothing. Through the real core, as the kiosk calls it.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Meeting, Special, Status } from '../../../../../../contract'
import { openCore, type Core } from '../../../../../../electron/core/core'
import type { Change } from '../../../../../../electron/core/store/types'
import { entry, project, sheet } from '../fixtures'
import { gongshi, matter, pub, step } from './fixtures'

let core: Core
let dir: string
const NOW = new Date('2026-11-25T01:30:00.000Z')
const HIDDEN: Status[] = ['draft', 'submitted', 'returned']

const meeting = (over: Partial<Meeting>): Meeting => ({
  id: 'mt',
  kind: '村民议事会',
  date: '2026-09-10',
  topic: '修路议事',
  place: '',
  due: 15,
  present: 13,
  minutes: '',
  ...pub(),
  ...over,
})
const special = (over: Partial<Special>): Special => ({
  id: 'sp',
  kind: '工程决算',
  title: '三组道路工程决算公开',
  date: '2026-06-01',
  body: '',
  rows: [{ label: '路基', group: '', note: '', amountFen: 100_000 }],
  ...pub(),
  ...over,
})

/** Each public get-by-id, with a record of every hidden status and the one shown. */
const SECTIONS = [
  {
    method: 'projects.get',
    coll: 'projects',
    make: (id: string, s: Status) => project({ id, status: s }),
  },
  {
    method: 'matters.get',
    coll: 'matters',
    make: (id: string, s: Status) => matter([step(0, '2026-01-05')], { id, status: s }),
  },
  {
    method: 'meetings.get',
    coll: 'meetings',
    make: (id: string, s: Status) => meeting({ id, status: s }),
  },
  {
    method: 'notices.get',
    coll: 'notices',
    make: (id: string, s: Status) => gongshi({ id, status: s }),
  },
  {
    method: 'finance.special',
    coll: 'specials',
    make: (id: string, s: Status) => special({ id, status: s }),
  },
] as const

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'get-by-id-gaps-'))
  core = await openCore({ dir, now: () => NOW })
  const puts: Change['puts'] = []
  for (const { coll, make } of SECTIONS) {
    for (const s of [...HIDDEN, 'published' as const]) {
      puts.push({ coll, id: `${coll}-${s}`, value: make(`${coll}-${s}`, s) })
    }
  }
  puts.push(
    {
      coll: 'notices',
      id: 'notices-future',
      value: gongshi({ id: 'notices-future', validFrom: '2026-12-01', validTo: '2026-12-07' }),
    },
    { coll: 'sheets', id: '2026-Q1', value: sheet('2026-Q1') },
    { coll: 'sheets', id: '2026-Q2', value: sheet('2026-Q2', { status: 'submitted' }) },
    { coll: 'ledger', id: 'e-shown', value: entry({ id: 'e-shown' }) },
    {
      coll: 'ledger',
      id: 'e-unsigned-sheet',
      value: entry({ id: 'e-unsigned-sheet', period: '2026-Q2', date: '2026-05-02' }),
    },
    // A correction filed but not signed: its original does not point to it yet.
    {
      coll: 'ledger',
      id: 'e-pending-fix',
      value: entry({ id: 'e-pending-fix', supersedes: 'e-shown', correctionReason: '金额有误' }),
    },
  )
  await core.store.commit({ actor: null, action: 'test.put', entity: 'test', id: 'test', puts })
})

afterAll(async () => {
  await core.close()
  await rm(dir, { recursive: true, force: true })
})

const ask = (method: string, id: string) => core.invoke(method, { id }, 'villager')

describe('a public get-by-id shows nothing the lists hide', () => {
  for (const { method, coll } of SECTIONS) {
    it(`${method}: draft, submitted and returned answer like an unknown id`, async () => {
      const unknown = await ask(method, 'no-such-id')
      expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
      for (const s of HIDDEN) expect(await ask(method, `${coll}-${s}`)).toEqual(unknown)
      expect((await ask(method, `${coll}-published`)).ok).toBe(true)
    })
  }

  it('notices.get: a notice before its first day answers like an unknown id', async () => {
    expect(await ask('notices.get', 'notices-future')).toEqual(
      await ask('notices.get', 'no-such-id'),
    )
  })

  it('ledger.entry: a line of an unsigned sheet or an unsigned correction answers like an unknown id', async () => {
    const unknown = await ask('ledger.entry', 'no-such-id')
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await ask('ledger.entry', 'e-unsigned-sheet')).toEqual(unknown)
    expect(await ask('ledger.entry', 'e-pending-fix')).toEqual(unknown)
    expect((await ask('ledger.entry', 'e-shown')).ok).toBe(true)
  })
})
