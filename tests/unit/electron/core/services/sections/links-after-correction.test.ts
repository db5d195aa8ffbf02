/**
 * A correction is a new record with a new id; ledger lines and projects keep the id they were
 * given. Every public figure and link must follow the link to the current version.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import type { Handlers } from '../../../../../../electron/core/api/handlers'
import { recordsAdminHandlers } from '../../../../../../electron/core/services/records'
import { sectionHandlers } from '../../../../../../electron/core/services/sections'
import { harness, line, publishedMonth, type Harness } from '../ledger-admin/harness'
import { DECIDED_STEPS } from '../records/samples'

const more = { ...recordsAdminHandlers, ...sectionHandlers } as Partial<Handlers>
const ROAD = {
  name: '三组道路硬化工程',
  stage: '施工',
  percent: 40,
  budgetFen: 80_000_000,
} as const

let h: Harness
beforeEach(async () => {
  h = await harness('month', more)
})

/** Submits (clerk) and signs (sup) a record; returns the signed one. */
async function publish(kind: 'projects' | 'matters', id: string): Promise<{ id: string }> {
  await h.call('clerk', `${kind}.submit`, { id })
  return h.call('sup', `${kind}.publish`, { id })
}

/** October published with one expense line of ¥5,000 on `projectId`. */
async function spendOn(projectId: string): Promise<void> {
  await h.call('clerk', 'ledger.closePeriod', { period: '2026-10' })
  await h.call('clerk', 'ledger.saveEntry', line({ projectId, amountFen: 500_000 }))
  await h.call('clerk', 'ledger.submit', { period: '2026-10' })
  await h.call('sup', 'ledger.publish', { period: '2026-10' })
}

describe('links to a corrected record follow it', () => {
  it('a corrected project keeps what the ledger says it spent, on its page, the list and home', async () => {
    const p = await publish('projects', (await h.call('clerk', 'projects.save', ROAD)).id)
    await spendOn(p.id)
    const fixed = { ...ROAD, percent: 60, id: p.id, reason: '进度更新' }
    const c = await publish('projects', (await h.call('clerk', 'projects.correct', fixed)).id)
    const list = await h.call('public', 'projects.list', {})
    const home = await h.call('public', 'home.summary', {})
    expect({
      get: (await h.call('public', 'projects.get', { id: c.id })).spentFen,
      list: list.items.find((x) => x.id === c.id)?.spentFen,
      home: home.projects.find((x) => x.id === c.id)?.spentFen,
    }).toEqual({ get: 500_000, list: 500_000, home: 500_000 })
    // The line names the project as it now reads, and links to the current version.
    const sheet = await h.call('public', 'ledger.sheet', { period: '2026-10' })
    expect(sheet.entries[0]).toMatchObject({ projectId: c.id, projectName: ROAD.name })
  })

  it('a corrected project name is the one the ledger line shows', async () => {
    const p = await publish('projects', (await h.call('clerk', 'projects.save', ROAD)).id)
    await spendOn(p.id)
    const fixed = { ...ROAD, name: '三组、四组道路硬化工程', id: p.id, reason: '名称补全' }
    const c = await publish('projects', (await h.call('clerk', 'projects.correct', fixed)).id)
    const sheet = await h.call('public', 'ledger.sheet', { period: '2026-10' })
    expect(sheet.entries[0]).toMatchObject({
      projectId: c.id,
      projectName: '三组、四组道路硬化工程',
    })
  })

  it('a line linked (before links were checked) to a project not yet public names no project and no project id', async () => {
    const draft = await h.call('clerk', 'projects.save', { ...ROAD, name: '还没公开的项目' })
    const [id] = await publishedMonth(h, 1)
    const signed = h.store.get('ledger', id!)!
    await h.store.commit({
      actor: null,
      action: 'test.put',
      entity: 'ledger',
      id: id!,
      puts: [{ coll: 'ledger', id: id!, value: { ...signed, projectId: draft.id } }],
    })
    const sheet = await h.call('public', 'ledger.sheet', { period: '2026-10' })
    expect(sheet.entries[0]?.projectName).toBeUndefined()
    expect(sheet.entries[0]?.projectId).toBeUndefined()
    const entry = await h.call('public', 'ledger.entry', { id: sheet.entries[0]!.id })
    expect(entry.projectId).toBeUndefined()
  })

  it('a corrected matter still lists the projects carried out under it, and so does its earlier version', async () => {
    // The matter's votes passed: a project at 施工 needs that (works-decision.test.ts).
    const m = await publish(
      'matters',
      (await h.call('clerk', 'matters.save', { title: '修建三组道路', steps: DECIDED_STEPS })).id,
    )
    const p = await publish(
      'projects',
      (await h.call('clerk', 'projects.save', { ...ROAD, matterId: m.id })).id,
    )
    const fixed = {
      title: '修建三组道路',
      summary: '1.2公里',
      steps: DECIDED_STEPS,
      id: m.id,
      reason: '补充',
    }
    const c = await publish('matters', (await h.call('clerk', 'matters.correct', fixed)).id)
    const named = [{ id: p.id, name: ROAD.name }]
    expect((await h.call('public', 'matters.get', { id: c.id })).projects).toEqual(named)
    expect((await h.call('public', 'matters.get', { id: m.id })).projects).toEqual(named)
    const list = await h.call('public', 'matters.list', {})
    expect(list.items.find((x) => x.id === c.id)?.projects).toEqual(named)
  })
})
