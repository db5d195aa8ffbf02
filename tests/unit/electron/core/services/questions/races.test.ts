/**
 * Two cadres on one question at once (the kiosk and an office PC): an answer, once public, is
 * never written over by a second answer or by a withholding made in the same moment.
 */
import { describe, expect, it } from 'vitest'
import { harness, type Harness } from './harness'

/** One villager's question from the kiosk; its id. */
async function asked(h: Harness): Promise<string> {
  const { receipt } = await h.ok('questions.submit', { type: '质询', text: '三组的路什么时候修？' })
  return h.store.all('questions').find((q) => q.receipt === receipt)!.id
}

describe('one question, two cadres at once', () => {
  it('two answers: the first is the answer; the second is told to refresh', async () => {
    const h = harness()
    const id = await asked(h)
    const both = await Promise.all([
      h.call('questions.answer', { id, text: '已列入明年计划。' }, 'clerk'),
      h.call('questions.answer', { id, text: '下个月就修。' }, 'admin'),
    ])
    expect(both.map((r) => r.ok)).toEqual([true, false])
    const late = both[1]!
    if (!late.ok) expect(late.error.message).toContain('请刷新后再看一遍')
    expect(h.store.get('questions', id)?.answer?.text).toBe('已列入明年计划。')
  })

  it('an answer and a withholding: the answer is not lost under it', async () => {
    const h = harness()
    const id = await asked(h)
    const both = await Promise.all([
      h.call('questions.answer', { id, text: '已列入明年计划。' }, 'clerk'),
      // Not 重复: that needs the question it repeats, and would be refused before the race.
      h.call('questions.withhold', { id, reason: '与村务无关' }, 'sup'),
    ])
    expect(both.map((r) => r.ok)).toEqual([true, false])
    expect(h.store.get('questions', id)?.answer?.text).toBe('已列入明年计划。')
  })

  it('a 重复 and the question it repeats withheld at once: the 重复 never points off the board', async () => {
    const h = harness()
    const first = await asked(h)
    const again = await asked(h)
    const both = await Promise.all([
      h.call('questions.withhold', { id: first, reason: '含个人隐私' }, 'sup'),
      h.call('questions.withhold', { id: again, reason: '重复', duplicateOf: first }, 'sup'),
    ])
    expect(both.map((r) => r.ok)).toEqual([true, false])
    expect(h.store.get('questions', again)?.withheld).toBeUndefined()
  })

  it('a 监委 withholding and a villager rating at once: the withholding stands', async () => {
    const h = harness()
    const id = await asked(h)
    await h.ok('questions.answer', { id, text: '已列入明年计划。' }, 'clerk')
    const { receipt } = h.store.get('questions', id)!
    const both = await Promise.all([
      h.call('questions.withhold', { id, reason: '含个人隐私' }, 'sup'),
      h.call('questions.feedback', { receipt, value: '满意' }),
    ])
    expect(both.map((r) => r.ok)).toEqual([true, false])
    expect(h.store.get('questions', id)?.withheld?.reason).toBe('含个人隐私')
    const board = await h.ok('questions.public', {})
    expect(board.questions.map((q) => q.id)).not.toContain(id)
  })
})

describe('one kiosk window sending many questions at once', () => {
  it('the limit of 5 in 10 minutes holds: the rest are told to wait, and not stored', async () => {
    const h = harness()
    const sent = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        h.call('questions.submit', { type: '建议', text: `第${i + 1}条建议：路灯坏了` }),
      ),
    )
    expect(sent.filter((r) => r.ok)).toHaveLength(5)
    for (const r of sent.filter((x) => !x.ok)) if (!r.ok) expect(r.error.code).toBe('RATE_LIMITED')
    expect(h.store.all('questions')).toHaveLength(5)
  })
})
