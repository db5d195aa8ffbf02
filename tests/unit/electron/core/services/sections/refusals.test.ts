/** Bad ids and bad input through the real core: plain Chinese refusals and nothing changed. */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Input, Method, Output, Special } from '../../../../../../contract'
import { openCore, type Core } from '../../../../../../electron/core/core'
import { entry, project, sheet } from '../fixtures'
import { matter, pub, step } from './fixtures'

let core: Core
let dir: string
const NOW = new Date('2026-11-25T01:30:00.000Z')

const special = (over: Partial<Special>): Special => ({
  id: 'sp-1',
  kind: '工程决算',
  title: '三组道路工程决算公开',
  date: '2026-06-01',
  body: '',
  rows: [{ label: '路基', group: '', note: '', amountFen: 100_000 }],
  projectId: 'p-1',
  ...pub(),
  ...over,
})

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sections-refusals-'))
  core = await openCore({ dir, now: () => NOW })
  const puts = [
    { coll: 'projects' as const, id: 'p-1', value: project({ matterId: 'm-1' }) },
    {
      coll: 'projects' as const,
      id: 'p-draft',
      value: project({ id: 'p-draft', status: 'draft' }),
    },
    { coll: 'matters' as const, id: 'm-1', value: matter([step(0, '2026-01-05')]) },
    { coll: 'sheets' as const, id: '2026-Q1', value: sheet('2026-Q1') },
    { coll: 'sheets' as const, id: '2026-Q2', value: sheet('2026-Q2', { status: 'submitted' }) },
    {
      coll: 'ledger' as const,
      id: 'e-pub',
      value: entry({ id: 'e-pub', projectId: 'p-1', amountFen: 300_000 }),
    },
    {
      coll: 'ledger' as const,
      id: 'e-wait',
      value: entry({
        id: 'e-wait',
        period: '2026-Q2',
        date: '2026-05-02',
        projectId: 'p-1',
        amountFen: 999,
      }),
    },
    { coll: 'specials' as const, id: 'sp-1', value: special({ supersededBy: 'sp-2' }) },
    {
      coll: 'specials' as const,
      id: 'sp-2',
      value: special({
        id: 'sp-2',
        version: 2,
        supersedes: 'sp-1',
        correctionReason: '审计金额抄错一位',
        rows: [{ label: '路基', group: '', note: '', amountFen: 90_000 }],
      }),
    },
  ]
  await core.store.commit({ actor: null, action: 'test.put', entity: 'test', id: 'test', puts })
})

afterAll(async () => {
  await core.close()
  await rm(dir, { recursive: true, force: true })
})

async function ok<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  const r = await core.invoke(method, input, 'kiosk')
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
  return r.data as Output<M>
}

async function refused(method: string, input: unknown) {
  const before = core.store.head().seq
  const r = await core.invoke(method, input, 'kiosk')
  expect(core.store.head().seq).toBe(before)
  if (r.ok) throw new Error(`${method} should have been refused`)
  return r.error
}

describe('public sections refuse plainly and change nothing', () => {
  it('answers an unknown or unpublished id with a Chinese NOT_FOUND', async () => {
    const cases: Array<[string, string]> = [
      ['projects.get', '没有找到这个项目，可能还没有公开'],
      ['matters.get', '没有找到这个事项，可能还没有公开'],
      ['meetings.get', '没有找到这次会议的记录，可能还没有公开'],
      ['notices.get', '没有找到这条公告，可能还没有公开'],
      ['finance.special', '没有找到这项专项公开，可能还没有公开'],
    ]
    for (const [method, message] of cases) {
      expect(await refused(method, { id: 'no-such-id' })).toEqual({ code: 'NOT_FOUND', message })
    }
    expect((await refused('projects.get', { id: 'p-draft' })).code).toBe('NOT_FOUND')
  })

  it('answers malformed input with BAD_INPUT and the field in Chinese', async () => {
    const badId = await refused('projects.get', { id: '../../etc' })
    expect(badId).toMatchObject({ code: 'BAD_INPUT', fields: { id: '编号格式不对' } })
    expect((await refused('projects.list', { stage: '完工' })).code).toBe('BAD_INPUT')
    expect((await refused('finance.budget', { year: 1999 })).fields).toEqual({
      year: '年度不在2000到2100之间',
    })
    expect(await refused('search', { q: '   ' })).toMatchObject({
      code: 'BAD_INPUT',
      message: '输入有误：请输入要查找的字',
    })
    expect((await refused('search', { q: '修'.repeat(31) })).fields).toEqual({
      q: '查找内容不能超过30个字',
    })
    expect((await refused('matters.list', { extra: 1 })).code).toBe('BAD_INPUT')
  })
})

describe('what the public sees of a project and a corrected disclosure', () => {
  it('counts spending from published sheets only and links the deciding matter', async () => {
    const v = await ok('projects.get', { id: 'p-1' })
    expect(v.spentFen).toBe(300_000)
    expect(v.entries.map((e) => e.id)).toEqual(['e-pub'])
    expect(v.remainingFen).toBe(80_000_000 - 300_000)
    expect(v.matter?.id).toBe('m-1')
  })

  it('lists only the correction, which names its reason; the earlier version says what replaced it', async () => {
    expect(await ok('finance.specials', {})).toEqual([
      expect.objectContaining({ id: 'sp-2', totalFen: 90_000 }),
    ])
    expect(await ok('finance.special', { id: 'sp-2' })).toMatchObject({
      revision: { version: 2, correction: { reason: '审计金额抄错一位', earlierId: 'sp-1' } },
      project: { id: 'p-1' },
    })
    expect(await ok('finance.special', { id: 'sp-1' })).toMatchObject({
      totalFen: 100_000,
      revision: { replacedBy: 'sp-2' },
    })
  })
})
