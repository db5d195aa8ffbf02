/**
 * 不公开 as 重复 says which question it repeats: the 监委 picks a question still on the board,
 * it is kept with the withholding, and the asker (by receipt) and the 监委 (inbox) both see it.
 */
import { describe, expect, it } from 'vitest'
import { harness, type Harness } from './harness'

/** One question from the kiosk with a name and phone; returns its receipt and id. */
async function asked(h: Harness, text: string) {
  const { receipt } = await h.ok('questions.submit', {
    type: '质询',
    text,
    name: '陈大明',
    phone: '13912345678',
  })
  return { receipt, id: h.store.all('questions').find((r) => r.receipt === receipt)!.id }
}

async function refused(
  h: Harness,
  input: { id: string; reason: '重复' | '含个人隐私' | '与村务无关'; duplicateOf?: string },
  words: string,
) {
  const before = h.seq()
  const r = await h.call('questions.withhold', input, 'sup')
  expect(r.ok, JSON.stringify(input)).toBe(false)
  if (r.ok) return
  expect(r.error.code).toBe('BAD_INPUT')
  expect(r.error.message).toContain(words)
  expect(r.error.fields?.duplicateOf).toBeTruthy()
  expect(h.seq()).toBe(before)
}

describe('withholding as 重复', () => {
  it('requires the public question it repeats, never itself or one already withheld', async () => {
    const h = harness()
    const first = await asked(h, '三组的路什么时候修？')
    const again = await asked(h, '三组的路到底什么时候修？')
    const hidden = await asked(h, '与本村无关的事')
    await h.ok('questions.withhold', { id: hidden.id, reason: '与村务无关' }, 'sup')

    await refused(h, { id: again.id, reason: '重复' }, '重复的是公开栏上的哪一个问题')
    await refused(h, { id: again.id, reason: '重复', duplicateOf: again.id }, '不能选它自己')
    await refused(h, { id: again.id, reason: '重复', duplicateOf: hidden.id }, '公开栏上')
    await refused(h, { id: again.id, reason: '重复', duplicateOf: 'no-such-id' }, '找不到')
    await refused(
      h,
      { id: again.id, reason: '含个人隐私', duplicateOf: first.id },
      '只有原因是“重复”',
    )
    expect(h.store.get('questions', again.id)?.withheld).toBeUndefined()

    await h.ok('questions.withhold', { id: again.id, reason: '重复', duplicateOf: first.id }, 'sup')
    expect(h.store.get('questions', again.id)?.withheld).toMatchObject({
      reason: '重复',
      duplicateOf: first.id,
    })
    // A question withheld as 重复 is no longer on the board: nothing can be a repeat of it.
    const third = await asked(h, '三组的路呢？')
    await refused(h, { id: third.id, reason: '重复', duplicateOf: again.id }, '公开栏上')
  })

  it('refuses as the repeat a question asked after the withheld one', async () => {
    const h = harness()
    const first = await asked(h, '三组的路什么时候修？')
    h.advance(86_400_000)
    const later = await asked(h, '三组的路到底什么时候修？')
    await refused(
      h,
      { id: first.id, reason: '重复', duplicateOf: later.id },
      '选中的那个问题是后来才提的',
    )
    expect(h.store.get('questions', first.id)?.withheld).toBeUndefined()
    // The other way round is a repeat: the later one repeats the question asked first.
    await h.ok('questions.withhold', { id: later.id, reason: '重复', duplicateOf: first.id }, 'sup')
  })

  it('the asker sees, by receipt, the public question theirs repeats, with its answer', async () => {
    const h = harness()
    const first = await asked(h, '三组的路什么时候修？')
    await h.ok('questions.answer', { id: first.id, text: '已列入明年计划。' }, 'clerk')
    const again = await asked(h, '三组的路到底什么时候修？')
    await h.ok('questions.withhold', { id: again.id, reason: '重复', duplicateOf: first.id }, 'sup')

    const mine = await h.ok('questions.byReceipt', { receipt: again.receipt })
    expect(mine.withheld).toMatchObject({
      reason: '重复',
      duplicateOf: {
        id: first.id,
        question: {
          id: first.id,
          text: '三组的路什么时候修？',
          status: '已答复',
          answer: { text: '已列入明年计划。' },
        },
      },
    })
    // The other question is shown as the board shows it: not its asker, phone or receipt.
    const text = JSON.stringify(mine.withheld)
    for (const secret of ['陈大明', '13912345678', first.receipt])
      expect(text).not.toContain(secret)

    const inbox = await h.ok('questions.inbox', {}, 'sup')
    const row = inbox.find((q) => q.id === again.id)
    expect(row?.withheld?.duplicateOf?.question?.text).toBe('三组的路什么时候修？')

    // If the 监委 later withholds the first one too, the receipt still names it, not its text.
    await h.ok('questions.withhold', { id: first.id, reason: '含个人隐私' }, 'sup')
    const later = await h.ok('questions.byReceipt', { receipt: again.receipt })
    expect(later.withheld?.duplicateOf).toEqual({ id: first.id })
  })
})
