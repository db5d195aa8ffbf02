import { describe, expect, it } from 'vitest'
import { harness, type Harness } from './harness'

const NAME = '陈大明'
const PHONE = '13912345678'

/** One question from the kiosk with a name and phone; returns its receipt and id. */
async function asked(h: Harness, text = '三组的路什么时候修？') {
  const { receipt } = await h.ok('questions.submit', {
    type: '质询',
    text,
    name: NAME,
    phone: PHONE,
  })
  const q = h.store.all('questions').find((r) => r.receipt === receipt)
  return { receipt, id: q?.id ?? '' }
}

async function refusedUnchanged(
  h: Harness,
  r: Promise<{ ok: boolean; error?: { code: string } }>,
  code: string,
) {
  const before = h.seq()
  const res = await r
  expect(res.ok).toBe(false)
  expect(res.error?.code).toBe(code)
  expect(h.seq()).toBe(before)
}

describe('answering', () => {
  it('a clerk answers once; the public sees the answer with who and when', async () => {
    const h = harness()
    const { receipt, id } = await asked(h)
    await h.ok('questions.answer', { id, text: '已列入明年计划。' }, 'clerk')
    const board = await h.ok('questions.public', {})
    expect(board.questions[0]).toMatchObject({
      status: '已答复',
      answeredLate: false,
      answer: { text: '已列入明年计划。', by: '吴春燕', at: '2026-11-25T01:30:00.000Z' },
    })
    const entries = await h.store.history('questions', id)
    expect(entries.map((e) => [e.action, e.actor?.name ?? null])).toEqual([
      ['questions.submit', null],
      ['questions.answer', '吴春燕'],
    ])
    await refusedUnchanged(
      h,
      h.call('questions.answer', { id, text: '再答一次' }, 'clerk'),
      'CONFLICT',
    )
    expect((await h.ok('questions.byReceipt', { receipt })).answer?.text).toBe('已列入明年计划。')
  })

  it('refuses villagers, supervisors, unknown ids and answers carrying a phone number', async () => {
    const h = harness()
    const { id } = await asked(h)
    await refusedUnchanged(h, h.call('questions.answer', { id, text: '好' }), 'UNAUTHENTICATED')
    await refusedUnchanged(h, h.call('questions.answer', { id, text: '好' }, 'sup'), 'FORBIDDEN')
    await refusedUnchanged(
      h,
      h.call('questions.answer', { id: 'nope', text: '好' }, 'clerk'),
      'NOT_FOUND',
    )
    await refusedUnchanged(h, h.call('questions.answer', { id, text: '' }, 'clerk'), 'BAD_INPUT')
    const phone = h.call('questions.answer', { id, text: '请打13812345678问' }, 'admin')
    await refusedUnchanged(h, phone, 'BAD_INPUT')
  })
})

describe('withholding', () => {
  // Only the 监委 decides, as the public board says: the admin is often the party secretary,
  // one of the cadres being questioned, and may not take a question down alone.
  it('only a 监委 member withholds, with a listed reason, once; the board counts it', async () => {
    const h = harness()
    const a = await asked(h, '第一个')
    const b = await asked(h, '第二个')
    for (const caller of ['clerk', 'admin']) {
      const before = h.seq()
      const r = await h.call('questions.withhold', { id: b.id, reason: '含个人隐私' }, caller)
      expect(r.ok).toBe(false)
      expect(!r.ok && r.error).toMatchObject({
        code: 'FORBIDDEN',
        message: expect.stringContaining('只有村务监督委员会成员'),
      })
      expect(h.seq()).toBe(before)
    }
    const badReason = { id: a.id, reason: '不想回答' } as unknown as { id: string; reason: '重复' }
    await refusedUnchanged(h, h.call('questions.withhold', badReason, 'sup'), 'BAD_INPUT')
    await h.ok('questions.withhold', { id: a.id, reason: '与村务无关' }, 'sup')
    await h.ok('questions.withhold', { id: b.id, reason: '含个人隐私' }, 'sup')
    await refusedUnchanged(
      h,
      h.call('questions.withhold', { id: a.id, reason: '含个人隐私' }, 'sup'),
      'CONFLICT',
    )
    const board = await h.ok('questions.public', {})
    expect(board.questions).toEqual([])
    expect(board.counts.withheld).toEqual({ 含个人隐私: 1, 重复: 0, 与村务无关: 1 })
    expect((await h.ok('questions.byReceipt', { receipt: a.receipt })).withheld?.reason).toBe(
      '与村务无关',
    )
    expect((await h.ok('home.summary', {})).openQuestions).toBe(0)
  })
})

describe('feedback by receipt', () => {
  it('only after an answer, only once; the board counts it', async () => {
    const h = harness()
    const { receipt, id } = await asked(h)
    await refusedUnchanged(h, h.call('questions.feedback', { receipt, value: '满意' }), 'CONFLICT')
    await h.ok('questions.answer', { id, text: '已修好。' }, 'clerk')
    expect((await h.ok('questions.byReceipt', { receipt })).canGiveFeedback).toBe(true)
    const after = await h.ok('questions.feedback', {
      receipt: ` ${receipt.slice(0, 4)} ${receipt.slice(4)} `,
      value: '不满意',
    })
    expect(after).toMatchObject({ feedback: '不满意', canGiveFeedback: false })
    await refusedUnchanged(h, h.call('questions.feedback', { receipt, value: '满意' }), 'CONFLICT')
    expect((await h.ok('questions.public', {})).counts.feedback).toEqual({ 满意: 0, 不满意: 1 })
  })

  it('an unknown or malformed receipt is refused in Chinese', async () => {
    const h = harness()
    const r = await h.call('questions.byReceipt', { receipt: '12345678' })
    expect(!r.ok && r.error).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('回执号'),
    })
    const bad = await h.call('questions.byReceipt', { receipt: '1234' })
    expect(!bad.ok && bad.error.message).toContain('8 位数字')
  })
})

describe('the public board', () => {
  it('never carries the name, the phone or the receipt; cadres see name and phone', async () => {
    const h = harness()
    const { receipt, id } = await asked(h)
    await h.ok('questions.answer', { id, text: '好的' }, 'clerk')
    await asked(h, '还有一个')
    const text = JSON.stringify(await h.ok('questions.public', {}))
    for (const secret of [NAME, PHONE, receipt, '139****5678']) expect(text).not.toContain(secret)
    expect(JSON.stringify(await h.ok('questions.byReceipt', { receipt }))).not.toContain(NAME)
    const inbox = await h.ok('questions.inbox', {}, 'sup')
    expect(inbox.map((q) => [q.name, q.phone])).toEqual([
      [NAME, PHONE],
      [NAME, PHONE],
    ])
    await refusedUnchanged(h, h.call('questions.inbox', {}), 'UNAUTHENTICATED')
  })

  it('shows days left, then 已逾期 the day after the due day, overdue first; home counts open ones', async () => {
    const h = harness()
    const old = await asked(h, '早的问题')
    h.setNow('2026-11-30T01:30:00.000Z')
    await asked(h, '晚的问题')
    h.setNow('2026-12-05T15:59:00.000Z') // 23:59 on the due day of the first
    let board = await h.ok('questions.public', {})
    expect(board.questions.map((q) => [q.text, q.status, q.daysLeft])).toEqual([
      ['早的问题', '待答复', 0],
      ['晚的问题', '待答复', 5],
    ])
    h.setNow('2026-12-05T16:00:00.000Z') // midnight: the 6th
    board = await h.ok('questions.public', {})
    expect(board.questions[0]).toMatchObject({ text: '早的问题', status: '已逾期', daysOverdue: 1 })
    expect(board.counts).toMatchObject({ waiting: 1, overdue: 1, answered: 0 })
    expect((await h.ok('questions.public', { status: '已逾期' })).questions).toHaveLength(1)
    expect((await h.ok('questions.inbox', {}, 'sup'))[0]?.id).toBe(old.id)
    expect((await h.ok('home.summary', {})).openQuestions).toBe(2)
    await h.ok('questions.answer', { id: old.id, text: '迟到的答复' }, 'clerk')
    board = await h.ok('questions.public', {})
    expect(board.questions.find((q) => q.id === old.id)).toMatchObject({ answeredLate: true })
    expect((await h.ok('home.summary', {})).openQuestions).toBe(1)
  })
})
