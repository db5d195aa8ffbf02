/**
 * The board's counts are of what the board shows: a rating given to an answer before the 监委
 * withheld its question is not counted among the public ratings (the question is not there).
 */
import { describe, expect, it } from 'vitest'
import { harness, type Harness } from './harness'

/** A question asked, answered by the clerk and rated by its asker; returns its id. */
async function rated(h: Harness, text: string, value: '满意' | '不满意'): Promise<string> {
  const { receipt } = await h.ok('questions.submit', { type: '质询', text })
  const id = h.store.all('questions').find((q) => q.receipt === receipt)!.id
  await h.ok('questions.answer', { id, text: '已处理。' }, 'clerk')
  await h.ok('questions.feedback', { receipt, value })
  return id
}

describe('the public rating counts', () => {
  it('count only ratings of questions the board shows', async () => {
    const h = harness()
    await rated(h, '三组的路什么时候修？', '满意')
    const hidden = await rated(h, '二组李某家的低保是怎么评上的？', '不满意')
    expect((await h.ok('questions.public', {})).counts.feedback).toEqual({ 满意: 1, 不满意: 1 })
    await h.ok('questions.withhold', { id: hidden, reason: '含个人隐私' }, 'sup')
    const board = await h.ok('questions.public', {})
    expect(board.questions.map((q) => q.feedback)).toEqual(['满意'])
    expect(board.counts.feedback).toEqual({ 满意: 1, 不满意: 0 })
    // Filtered by status, the counts are still the whole board's.
    const answered = await h.ok('questions.public', { status: '已答复' })
    expect(answered.counts.feedback).toEqual({ 满意: 1, 不满意: 0 })
  })
})
