/** 最后更新 on the home screen moves when something goes public, never for work not yet public. */
import { beforeEach, describe, expect, it } from 'vitest'
import type { Handlers } from '../../../../../electron/core/api/handlers'
import { questionHandlers } from '../../../../../electron/core/services/questions'
import { recordsAdminHandlers } from '../../../../../electron/core/services/records'
import { sectionHandlers } from '../../../../../electron/core/services/sections'
import { harness, publishedMonth, type Harness } from './ledger-admin/harness'

const more = {
  ...recordsAdminHandlers,
  ...sectionHandlers,
  ...questionHandlers,
} as Partial<Handlers>
const ROAD = {
  name: '三组道路硬化工程',
  stage: '施工',
  percent: 40,
  budgetFen: 80_000_000,
} as const

let h: Harness
beforeEach(async () => {
  h = await harness('month', more)
  await publishedMonth(h, 2)
})

const updated = async () => (await h.call('public', 'home.summary', {})).lastUpdated

describe('home 最后更新', () => {
  it('does not move when a clerk saves or submits a draft', async () => {
    const before = await updated()
    expect(before).not.toBe('')
    h.setNow('2026-11-25T03:30:00.000Z')
    const d = await h.call('clerk', 'projects.save', ROAD)
    await h.call('clerk', 'projects.submit', { id: d.id })
    await h.call('clerk', 'ledger.closePeriod', { period: '2026-11' })
    expect(await updated()).toBe(before)
  })

  it('moves when a villager’s question is answered, not when it is asked', async () => {
    const before = await updated()
    h.setNow('2026-11-25T04:00:00.000Z')
    await h.call('public', 'questions.submit', { type: '质询', text: '三组的路什么时候修？' })
    expect(await updated()).toBe(before)
    const [q] = await h.call('clerk', 'questions.inbox', {})
    h.setNow('2026-11-25T05:00:00.000Z')
    await h.call('clerk', 'questions.answer', { id: q!.id, text: '下月开工。' })
    expect(await updated()).toBe('2026-11-25T05:00:00.000Z')
  })

  it('moves when a record is signed public, and when a ledger correction is', async () => {
    h.setNow('2026-11-25T03:30:00.000Z')
    const d = await h.call('clerk', 'projects.save', ROAD)
    await h.call('clerk', 'projects.submit', { id: d.id })
    await h.call('sup', 'projects.publish', { id: d.id })
    expect(await updated()).toBe('2026-11-25T03:30:00.000Z')
    h.setNow('2026-11-26T02:00:00.000Z')
    const line = h.store.all('ledger').find((e) => e.period === '2026-10')!
    const c = await h.call('clerk', 'ledger.correct', { ...line, amountFen: 1, reason: '录错' })
    expect(await updated()).toBe('2026-11-25T03:30:00.000Z')
    await h.call('sup', 'ledger.publishCorrection', { id: c.id })
    expect(await updated()).toBe('2026-11-26T02:00:00.000Z')
  })
})
