/**
 * A question asked about a record that was corrected afterwards: the public sees the record's
 * current title and version, and, where the title changed, the one it had when asked. The
 * stored question is history and is never rewritten.
 */
import { describe, expect, it } from 'vitest'
import type { AboutSection, Project } from '../../../../../../contract'
import { entry, project, put, sheet } from '../fixtures'
import { harness, type Harness } from './harness'

/** Asks about a record from the kiosk; returns the receipt. */
async function askAbout(h: Harness, section: AboutSection, id: string): Promise<string> {
  const r = await h.ok('questions.submit', {
    type: '质询',
    text: '钱花在哪了？',
    about: { section, id },
  })
  return r.receipt
}

/** Publishes a correction of `old` as `next` (what a 监委's signature writes: both versions). */
async function corrected(h: Harness, old: Project, next: Partial<Project> & { id: string }) {
  const fix = project({
    ...old,
    ...next,
    version: old.version + 1,
    supersedes: old.id,
    correctionReason: '名称写错了',
    publishedAt: '2026-11-26T02:00:00.000Z',
  })
  await put(h.store, 'projects', [{ ...old, supersededBy: fix.id }, fix])
  return fix
}

const ROAD = project({ id: 'p-1', name: '三组道路硬化工程' })

describe('a question about a record corrected since it was asked', () => {
  it('shows the current title and version, and the title it was asked under', async () => {
    const h = harness()
    await put(h.store, 'projects', [ROAD])
    const receipt = await askAbout(h, 'projects', 'p-1')
    await corrected(h, ROAD, { id: 'p-2', name: '三组、四组道路硬化工程' })

    const now = {
      section: 'projects',
      id: 'p-2',
      title: '三组、四组道路硬化工程',
      correction: { askedTitle: '三组道路硬化工程' },
    }
    const board = await h.ok('questions.public', {})
    expect(board.questions[0]?.about).toEqual(now)
    expect((await h.ok('questions.byReceipt', { receipt })).about).toEqual(now)
    expect((await h.ok('questions.inbox', {}, 'sup'))[0]?.about).toEqual(now)
    // The question as stored still names what was asked about then.
    expect(h.store.all('questions')[0]?.about).toEqual({
      section: 'projects',
      id: 'p-1',
      title: '三组道路硬化工程',
    })
  })

  it('says it was corrected when the title stayed the same, and follows a chain of corrections', async () => {
    const h = harness()
    await put(h.store, 'projects', [ROAD])
    await askAbout(h, 'projects', 'p-1')
    const v2 = await corrected(h, ROAD, { id: 'p-2', percent: 60 })
    await corrected(h, v2, { id: 'p-3', percent: 70 })

    expect((await h.ok('questions.public', {})).questions[0]?.about).toEqual({
      section: 'projects',
      id: 'p-3',
      title: '三组道路硬化工程',
      correction: {},
    })
  })

  it('ignores a correction not yet signed: the published version is still the one asked about', async () => {
    const h = harness()
    await put(h.store, 'projects', [ROAD])
    await askAbout(h, 'projects', 'p-1')
    await put(h.store, 'projects', [
      project({ id: 'p-2', name: '改名', status: 'submitted', supersedes: 'p-1', version: 2 }),
    ])

    expect((await h.ok('questions.public', {})).questions[0]?.about).toEqual({
      section: 'projects',
      id: 'p-1',
      title: '三组道路硬化工程',
    })
  })

  it('names a corrected ledger line by its current summary', async () => {
    const h = harness()
    const line = entry({ id: 'e-old', summary: '购买办公用品', voucherNo: '记-2026-02-001' })
    await put(h.store, 'sheets', [sheet('2026-Q1')])
    await put(h.store, 'ledger', [line])
    await askAbout(h, 'finance', 'e-old')
    const fix = {
      ...line,
      id: 'e-new',
      summary: '购买村部打印机',
      amountFen: 280_000,
      supersedes: 'e-old',
      correctionReason: '摘要写错了',
    }
    await put(h.store, 'ledger', [{ ...line, supersededBy: 'e-new' }, fix])

    expect((await h.ok('questions.public', {})).questions[0]?.about).toEqual({
      section: 'finance',
      id: 'e-new',
      title: '购买村部打印机（记-2026-02-001）',
      correction: { askedTitle: '购买办公用品（记-2026-02-001）' },
    })
  })

  it('masks a personal number in both the current and the earlier title', async () => {
    const h = harness()
    const old = project({ id: 'p-1', name: '三组道路 联系人13812345678' })
    await put(h.store, 'projects', [old])
    await askAbout(h, 'projects', 'p-1')
    await corrected(h, old, { id: 'p-2', name: '三组道路硬化 联系人13912345678' })

    const about = (await h.ok('questions.public', {})).questions[0]?.about
    expect(about?.title).toBe('三组道路硬化 联系人139****5678')
    expect(about?.correction?.askedTitle).toBe('三组道路 联系人138****5678')
  })

  it('gives no earlier title when it changed only inside a number the screen hides', async () => {
    const h = harness()
    const old = project({ id: 'p-1', name: '三组道路 联系人13812345678' })
    await put(h.store, 'projects', [old])
    const receipt = await askAbout(h, 'projects', 'p-1')
    await corrected(h, old, { id: 'p-2', name: '三组道路 联系人13800005678' })

    // Masked, both titles read 138****5678: a 原标题 would look the same as the title above it.
    const board = (await h.ok('questions.public', {})).questions[0]?.about
    expect(board).toEqual({
      section: 'projects',
      id: 'p-2',
      title: '三组道路 联系人138****5678',
      correction: {},
    })
    expect((await h.ok('questions.byReceipt', { receipt })).about).toEqual(board)
    // The cadres' inbox is not masked: the earlier title, with its number whole, is not in it.
    const inbox = (await h.ok('questions.inbox', {}, 'sup'))[0]?.about
    expect(inbox?.correction).toEqual({})
    expect(JSON.stringify(inbox)).not.toContain('13812345678')
  })
})
