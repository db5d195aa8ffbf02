/**
 * A withheld question leaves the board's overdue count, so the 监委's inbox says, for each one,
 * whether it was already overdue when it was withheld (and by how many days).
 */
import { describe, expect, it } from 'vitest'
import { harness, type Harness } from './harness'

async function asked(h: Harness, text: string): Promise<string> {
  const { receipt } = await h.ok('questions.submit', { type: '质询', text })
  return h.store.all('questions').find((q) => q.receipt === receipt)!.id
}

describe('the inbox on a withheld question', () => {
  it('says how many days overdue it was when withheld, and nothing when it was not', async () => {
    const h = harness() // asked 2026-11-25, due 2026-12-05
    const late = await asked(h, '逾期以后才不公开的')
    const early = await asked(h, '到期以前就不公开的')
    const answered = await asked(h, '答复以后才不公开的')
    await h.ok('questions.withhold', { id: early, reason: '与村务无关' }, 'sup')
    h.setNow('2026-12-08T02:00:00.000Z') // 3 days past the due day
    await h.ok('questions.answer', { id: answered, text: '已答复。' }, 'clerk')
    await h.ok('questions.withhold', { id: answered, reason: '含个人隐私' }, 'sup')
    await h.ok('questions.withhold', { id: late, reason: '含个人隐私' }, 'sup')
    h.setNow('2026-12-20T02:00:00.000Z') // later days do not change what it was then
    const inbox = await h.ok('questions.inbox', {}, 'sup')
    const byId = (id: string) => inbox.find((q) => q.id === id)
    expect(byId(late)?.withheldOverdueDays).toBe(3)
    expect(byId(early)?.withheldOverdueDays).toBeUndefined()
    expect(byId(answered)?.withheldOverdueDays).toBeUndefined()
    // Only cadres see it: the asker's receipt view and the board do not carry it.
    const receipt = h.store.get('questions', late)!.receipt
    expect(await h.ok('questions.byReceipt', { receipt })).not.toHaveProperty('withheldOverdueDays')
  })
})
