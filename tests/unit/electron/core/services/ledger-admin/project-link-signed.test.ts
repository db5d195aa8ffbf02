/**
 * A ledger line may be spending on a project only once that project is signed and public. A
 * draft project can still be rewritten into another one: a signed line linked to it would
 * later read as spending on a project nobody signed it against, with no correction.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import type { Input, LedgerEntry } from '../../../../../../contract'
import type { Handlers } from '../../../../../../electron/core/api/handlers'
import { recordsAdminHandlers } from '../../../../../../electron/core/services/records'
import { sectionHandlers } from '../../../../../../electron/core/services/sections'
import { enterMonth, harness, line, publishedMonth, type Harness } from './harness'

const ROAD: Input<'projects.save'> = {
  name: '三组道路硬化工程',
  stage: '施工',
  percent: 40,
  budgetFen: 80_000_000,
}
const FIRST = '请先公开这个项目，再把账目关联到它'
const AT_SIGNING = /记-2026-10-001这笔账目关联的项目还没有公开/

let h: Harness
beforeEach(async () => {
  h = await harness('month', { ...recordsAdminHandlers, ...sectionHandlers } as Partial<Handlers>)
})

/** Stores a line as an older version of the app let it be saved: linked to `projectId`, or to none. */
async function linkDirectly(e: LedgerEntry, projectId?: string): Promise<void> {
  const { projectId: _old, ...rest } = e
  const value = projectId ? { ...rest, projectId } : rest
  await h.store.commit({
    actor: null,
    action: 'test.put',
    entity: 'ledger',
    id: e.id,
    puts: [{ coll: 'ledger', id: e.id, value }],
  })
}

describe('linking a line to a project', () => {
  it('is refused while the project is a draft, so a later rewrite cannot take the line along', async () => {
    const draft = await h.call('clerk', 'projects.save', ROAD)
    await h.call('clerk', 'ledger.closePeriod', { period: '2026-10' })
    const spend = line({ amountFen: 30_000_000, summary: '支付工程款' })
    const err = await h.refused(
      'clerk',
      'ledger.saveEntry',
      { ...spend, projectId: draft.id },
      'BAD_INPUT',
    )
    expect(err.fields?.projectId).toBe(FIRST)
    const e = await h.call('clerk', 'ledger.saveEntry', spend)
    await h.call('clerk', 'ledger.submit', { period: '2026-10' })
    await h.call('sup', 'ledger.publish', { period: '2026-10' })

    // Later the draft is turned into a different project and signed on its own.
    const office: Input<'projects.save'> = {
      name: '村委办公楼装修',
      stage: '施工',
      percent: 10,
      budgetFen: 40_000_000,
    }
    await h.call('clerk', 'projects.save', { ...office, id: draft.id })
    await h.call('clerk', 'projects.submit', { id: draft.id })
    await h.call('sup2', 'projects.publish', { id: draft.id })

    expect((await h.call('public', 'ledger.entry', { id: e.id })).projectName).toBeUndefined()
    expect((await h.call('public', 'projects.get', { id: draft.id })).spentFen).toBe(0)
  })

  it('is accepted once the project is signed, and the line then counts on its page', async () => {
    const p = await h.call('clerk', 'projects.save', ROAD)
    await h.call('clerk', 'projects.submit', { id: p.id })
    await h.call('sup', 'projects.publish', { id: p.id })
    await h.call('clerk', 'ledger.closePeriod', { period: '2026-10' })
    const e = await h.call('clerk', 'ledger.saveEntry', line({ projectId: p.id }))
    await h.call('clerk', 'ledger.submit', { period: '2026-10' })
    await h.call('sup', 'ledger.publish', { period: '2026-10' })
    expect((await h.call('public', 'ledger.entry', { id: e.id })).projectName).toBe(ROAD.name)
    expect((await h.call('public', 'projects.get', { id: p.id })).spentFen).toBe(e.amountFen)
  })

  it('offers no draft project to pick', async () => {
    await h.call('clerk', 'projects.save', ROAD)
    expect(await h.call('clerk', 'ledger.projectChoices', {})).toEqual([])
  })
})

describe('a line linked to a draft project by an older version', () => {
  it('stops the sheet at submission and again at signing', async () => {
    const draft = await h.call('clerk', 'projects.save', ROAD)
    const [id] = await enterMonth(h, 1)
    await linkDirectly(h.store.get('ledger', id!)!, draft.id)
    await h.refused('clerk', 'ledger.submit', { period: '2026-10' }, 'CONFLICT', AT_SIGNING)

    // Submitted before the check: the 监委 still cannot sign it.
    await linkDirectly(h.store.get('ledger', id!)!)
    await h.call('clerk', 'ledger.submit', { period: '2026-10' })
    await linkDirectly(h.store.get('ledger', id!)!, draft.id)
    await h.refused('sup', 'ledger.publish', { period: '2026-10' }, 'CONFLICT', AT_SIGNING)
    await h.refused('public', 'ledger.sheet', { period: '2026-10' }, 'NOT_FOUND')
  })

  it('stops a correction linked to a draft project from being filed or signed', async () => {
    const [id] = await publishedMonth(h, 1)
    const draft = await h.call('clerk', 'projects.save', ROAD)
    const signed = h.store.get('ledger', id!)!
    const fix = { ...signed, amountFen: 20_000, reason: '金额录错' }
    const err = await h.refused(
      'clerk',
      'ledger.correct',
      { ...fix, projectId: draft.id },
      'BAD_INPUT',
    )
    expect(err.fields?.projectId).toBe(FIRST)
    const c = await h.call('clerk', 'ledger.correct', fix)
    await linkDirectly(h.store.get('ledger', c.id)!, draft.id)
    await h.refused('sup', 'ledger.publishCorrection', { id: c.id }, 'CONFLICT', AT_SIGNING)
    expect((await h.call('public', 'ledger.entry', { id: id! })).amountFen).toBe(signed.amountFen)
  })
})
