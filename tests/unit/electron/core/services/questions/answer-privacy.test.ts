/**
 * An answer goes public at once with no one reading it first, and the cadre answering sees the
 * asker's name and phone in the inbox: neither may reach the board through the answer, not even
 * split or spaced, nor any phone split the way a villager's own text is masked for.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { staffedCore, type TestCore } from '../auth/helpers'

let t: TestCore
beforeEach(async () => {
  t = await staffedCore()
  await t.ok('auth.login', { name: '李秀英', password: '417395' }, 'clerk')
})
afterEach(() => t.close())

/** A question asked at the kiosk with a name and phone for a call-back; returns its id. */
async function asked(name = '陈大明', phone = '139 1234 5678'): Promise<string> {
  const { receipt } = await t.ok(
    'questions.submit',
    { type: '质询', text: '三组的路什么时候修？', name, phone },
    'kiosk',
  )
  return t.core.store.all('questions').find((q) => q.receipt === receipt)!.id
}

async function refused(id: string, text: string, words: string): Promise<void> {
  const before = t.seq()
  const r = await t.call('questions.answer', { id, text }, 'clerk')
  expect(r.ok, text).toBe(false)
  if (r.ok) return
  expect(r.error.code).toBe('BAD_INPUT')
  expect(r.error.message).toContain(words)
  expect(t.seq()).toBe(before)
  expect(t.core.store.get('questions', id)?.answer).toBeUndefined()
}

describe('an answer never publishes who asked', () => {
  it("refuses the asker's name, however it is spaced or marked", async () => {
    const id = await asked()
    await refused(id, '陈大明同志：您好，三组的路已列入明年计划。', '提问人的姓名')
    await refused(id, '陈 大·明同志您好，已列入计划。', '提问人的姓名')
    await t.ok('questions.answer', { id, text: '您好，三组的路已列入明年计划。' }, 'clerk')
    const board = JSON.stringify(await t.ok('questions.public', {}, 'kiosk'))
    expect(board).not.toContain('陈大明')
  })

  it("refuses the asker's phone however it is split, and says which field", async () => {
    const id = await asked()
    for (const text of [
      '已回电139*1234*5678，问题已解决',
      '已打139~1234~5678联系您',
      '已回电给一三九一二三四五六七八',
    ]) {
      const r = await t.call('questions.answer', { id, text }, 'clerk')
      expect(r.ok, text).toBe(false)
      if (!r.ok) expect(r.error.fields?.text).toBeTruthy()
    }
    expect(t.core.store.get('questions', id)?.answer).toBeUndefined()
  })

  it('refuses any mobile split with symbols, as a villager question would have it masked', async () => {
    const id = await asked('', '')
    await refused(id, '有事请打村会计电话138~0013~8000', '手机号码')
  })

  it('a name of one character, or no name, limits nothing; amounts and dates stay allowed', async () => {
    const id = await asked('陈', '')
    const text = '陈书记已安排，2026年12月5日前完工，预算12000元。'
    const answered = await t.ok('questions.answer', { id, text }, 'clerk')
    expect(answered.answer?.text).toBe(text)
  })
})
