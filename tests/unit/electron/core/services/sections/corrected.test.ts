import { describe, expect, it } from 'vitest'
import type { Input, Revision } from '../../../../../../contract'
import { changedFacts } from '../../../../../../electron/core/services/sections/corrected'
import { harness, type Harness } from '../records/harness'

type Kind = 'projects' | 'specials' | 'notices' | 'matters' | 'meetings'
type Save<K extends Kind> = Input<`${K}.save`>

/** Publishes a record, corrects it with `fix` a minute later and signs the correction. */
async function corrected<K extends Kind>(h: Harness, kind: K, first: Save<K>, fix: Save<K>) {
  const d = (await h.ok('clerk', `${kind}.save`, first)) as { id: string }
  await h.ok('clerk', `${kind}.submit`, { id: d.id } as never)
  await h.ok('sup', `${kind}.publish`, { id: d.id } as never)
  h.tick()
  const fixed = { ...fix, id: d.id, reason: '原来录错了' } as never
  const c = (await h.ok('clerk', `${kind}.correct`, fixed)) as { id: string }
  await h.ok('clerk', `${kind}.submit`, { id: c.id } as never)
  const signed = (await h.ok('sup2', `${kind}.publish`, { id: c.id } as never)) as {
    publishedAt?: string
  }
  return { earlierId: d.id, id: c.id, at: signed.publishedAt ?? '' }
}

/** `n` stored files (as attachments.add leaves them), for records to name. */
async function stored(h: Harness, n: number): Promise<[string, string, ...string[]]> {
  const names = Array.from({ length: n }, (_, i) => `${String(i + 1).repeat(64)}.png`)
  await h.store.commit({
    actor: null,
    action: 'test.files',
    entity: 'attachments',
    id: 'files',
    puts: names.map((name) => ({
      coll: 'attachments' as const,
      id: name,
      value: {
        name,
        sha256: name.slice(0, 64),
        ext: 'png' as const,
        mime: 'image/png',
        bytes: 10,
        fileName: 'scan.png',
        thumb: false,
        addedAt: '2026-11-25T01:00:00.000Z',
        addedBy: { id: 'u-clerk', name: '吴春燕' },
      },
    })),
  })
  return names as [string, string, ...string[]]
}

const ROAD = {
  name: '三组道路硬化工程',
  stage: '施工',
  percent: 40,
  budgetFen: 80_000_000,
} as const

describe('已更正 on public detail pages', () => {
  it('a corrected project says when, why, and only the facts that changed, as they were', async () => {
    const h = harness()
    const c = await corrected(h, 'projects', ROAD, {
      ...ROAD,
      percent: 90,
      budgetFen: 85_000_000,
      endDate: '2026-12-30',
    })
    const v = await h.ok('kiosk', 'projects.get', { id: c.id })
    expect(v.revision.correction).toEqual({
      reason: '原来录错了',
      at: c.at,
      earlierId: c.earlierId,
      earlier: [
        { field: 'percent', value: { type: 'percent', percent: 40 } },
        { field: 'budget', value: { type: 'fen', fen: 80_000_000 } },
        { field: 'endDate', value: { type: 'text', text: '' } },
      ],
    } satisfies Revision['correction'])
    const old = await h.ok('kiosk', 'projects.get', { id: c.earlierId })
    expect(old.revision).toMatchObject({ replacedBy: c.id })
    expect(old.revision.correction).toBeUndefined()
  })

  it('a corrected 专项公开 shows the earlier rows total, the row added, and linked project', async () => {
    const h = harness()
    const p = await corrected(h, 'projects', ROAD, { ...ROAD, percent: 50 })
    const row = { label: '张*明', group: '三组', note: '', amountFen: 120_000 }
    const base = { kind: '征地补偿', title: '三组征地补偿', date: '2026-10-01', body: '' } as const
    const c = await corrected(
      h,
      'specials',
      { ...base, rows: [row] },
      { ...base, rows: [row, { ...row, amountFen: 30_000 }], projectId: p.id },
    )
    const v = await h.ok('kiosk', 'finance.special', { id: c.id })
    expect(v.project).toEqual({ id: p.id, name: ROAD.name })
    expect(v.revision.correction?.earlier).toEqual([
      {
        field: 'rows',
        value: {
          type: 'rows',
          count: 1,
          totalFen: 120_000,
          added: [{ name: '张*明', group: '三组', note: '', amountFen: 30_000 }],
        },
      },
      { field: 'project', value: { type: 'text', text: '' } },
    ])
    expect(v.revision.correction?.at).toBe(c.at)
  })

  it('a 公示 list with one person swapped (same count, same total) says who went and who came', async () => {
    const h = harness()
    const rows = [
      { maskedName: '张三明', group: '三组', reason: '因病丧失劳动能力', amountFen: 65_000 },
      { maskedName: '李四', group: '一组', reason: '重度残疾', amountFen: 72_000 },
    ]
    const base = {
      kind: 'gongshi',
      title: '低保新增对象公示',
      validFrom: '2026-11-25',
      validTo: '2026-12-10',
      objection: '到村监委会反映',
    } as const
    const swapped = [{ ...rows[0]!, maskedName: '赵六明', reason: '低收入' }, rows[1]!]
    const c = await corrected(h, 'notices', { ...base, rows }, { ...base, rows: swapped })
    const v = await h.ok('kiosk', 'notices.get', { id: c.id })
    expect(v.revision.correction?.earlier).toEqual([
      {
        field: 'rows',
        value: {
          type: 'rows',
          count: 2,
          totalFen: 137_000,
          gone: [{ name: '张*明', group: '三组', note: '因病丧失劳动能力', amountFen: 65_000 }],
          added: [{ name: '赵*明', group: '三组', note: '低收入', amountFen: 65_000 }],
        },
      },
    ])
    // Money moved between two people, the total kept: both rows show, as they were and are.
    const d = await corrected(
      h,
      'notices',
      { ...base, rows },
      {
        ...base,
        rows: [
          { ...rows[0]!, amountFen: 72_000 },
          { ...rows[1]!, amountFen: 65_000 },
        ],
      },
    )
    const w = await h.ok('kiosk', 'notices.get', { id: d.id })
    const fact = w.revision.correction?.earlier[0]?.value
    expect(fact).toMatchObject({ type: 'rows', count: 2, totalFen: 137_000 })
    expect(fact && 'gone' in fact ? fact.gone?.map((r) => r.amountFen) : []).toEqual([
      65_000, 72_000,
    ])
  })

  it('a corrected notice keeps its earlier title and end date', async () => {
    const h = harness()
    const base = { kind: 'notice', title: '停水通知', validFrom: '2026-11-20' } as const
    const c = await corrected(
      h,
      'notices',
      { ...base, validTo: '2026-11-30' },
      {
        ...base,
        title: '停水通知（更正）',
        validTo: '2026-12-05',
      },
    )
    const v = await h.ok('kiosk', 'notices.get', { id: c.id })
    expect(v.revision.correction?.earlier).toEqual([
      { field: 'title', value: { type: 'text', text: '停水通知' } },
      { field: 'validTo', value: { type: 'date', date: '2026-11-30' } },
    ])
  })

  it('a corrected 四议两公开 matter shows the step as it was', async () => {
    const h = harness()
    const step = { index: 0, date: '2026-09-01', due: 7, present: 7, votesFor: 7 }
    const c = await corrected(
      h,
      'matters',
      { title: '修建文化广场', steps: [step] },
      { title: '修建文化广场', steps: [{ ...step, votesFor: 6, abstain: 1 }] },
    )
    const v = await h.ok('kiosk', 'matters.get', { id: c.id })
    expect(v.revision.correction?.earlier).toEqual([
      {
        field: 'step0',
        value: {
          type: 'step',
          date: '2026-09-01',
          due: 7,
          present: 7,
          votesFor: 7,
          votesAgainst: 0,
          abstain: 0,
          content: '',
          signatures: [],
        },
      },
    ])
  })

  it('a 签字表 scan swapped in a correction shows: the step as it was, its scans, changed', async () => {
    const h = harness()
    const [a, b] = await stored(h, 2)
    const step = { index: 0, date: '2026-09-01', due: 7, present: 7, votesFor: 7 }
    const c = await corrected(
      h,
      'matters',
      { title: '修建文化广场', steps: [{ ...step, signatures: [a] }] },
      { title: '修建文化广场', steps: [{ ...step, signatures: [b] }] },
    )
    const v = await h.ok('kiosk', 'matters.get', { id: c.id })
    expect(v.revision.correction?.earlier).toEqual([
      {
        field: 'step0',
        value: {
          type: 'step',
          date: '2026-09-01',
          due: 7,
          present: 7,
          votesFor: 7,
          votesAgainst: 0,
          abstain: 0,
          content: '',
          signatures: [a],
          signaturesChanged: true,
        },
      },
    ])
  })

  it('a milestone note or photo changed in a correction shows as it was', async () => {
    const h = harness()
    const [a, b] = await stored(h, 2)
    const m = { id: 'm1', date: '2026-09-01', title: '开工' }
    const c = await corrected(
      h,
      'projects',
      { ...ROAD, milestones: [{ ...m, note: '三组路段', photos: [a] }] },
      { ...ROAD, milestones: [{ ...m, note: '三组、四组路段', photos: [b] }] },
    )
    const v = await h.ok('kiosk', 'projects.get', { id: c.id })
    expect(v.revision.correction?.earlier).toEqual([
      {
        field: 'milestones',
        value: {
          type: 'milestones',
          items: [
            {
              date: '2026-09-01',
              title: '开工',
              note: '三组路段',
              photos: [a],
              photosChanged: true,
            },
          ],
        },
      },
    ])
  })

  it('a corrected meeting shows the earlier attendance, and now carries its version line', async () => {
    const h = harness()
    const base = { kind: '党员大会', date: '2026-10-08', topic: '年度党费收缴', due: 30 } as const
    const c = await corrected(h, 'meetings', { ...base, present: 25 }, { ...base, present: 28 })
    const v = await h.ok('kiosk', 'meetings.get', { id: c.id })
    expect(v.revision).toMatchObject({ version: 2, publishedBy: '朱玉兰' })
    expect(v.revision.correction?.earlier).toEqual([
      { field: 'present', value: { type: 'count', count: 25 } },
    ])
  })

  it('changedFacts: a fact only the earlier version had is kept; unchanged ones drop out', () => {
    const t = (text: string) => ({ type: 'text', text }) as const
    expect(
      changedFacts(
        [
          { field: 'title', value: t('甲') },
          { field: 'step3', value: t('旧') },
        ],
        [{ field: 'title', value: t('甲') }],
      ),
    ).toEqual([{ field: 'step3', value: t('旧') }])
  })
})
