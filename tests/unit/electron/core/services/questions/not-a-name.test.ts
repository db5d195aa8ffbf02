/**
 * The contact step's 姓名 may be left empty, and a villager who would rather not give a name
 * often types what they are instead: 村民, 群众, 匿名. That is no one's name: hidden as one, every
 * 村民代表会议 in the question became **代表会议, and every answer that said 村民 was refused as
 * naming the asker.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { staffedCore, type TestCore } from '../auth/helpers'

let t: TestCore
beforeEach(async () => {
  t = await staffedCore()
  await t.ok('auth.login', { name: '李秀英', password: '417395' }, 'clerk')
})
afterEach(() => t.close())

const TEXT = '村民代表会议的决议什么时候公开？群众都在问。'

describe('a word for who one is, typed as the name', () => {
  it.each(['村民', '群众', '一村民', '匿名', '本村村民'])(
    '%s hides nothing in the question',
    async (name) => {
      const r = await t.ok(
        'questions.submit',
        { type: '质询', text: TEXT, name, phone: '' },
        'kiosk',
      )
      expect(r.maskedKinds).toEqual([])
      const stored = t.core.store.all('questions').find((q) => q.receipt === r.receipt)!
      expect(stored.text).toBe(TEXT)
    },
  )

  it('does not refuse an answer that speaks of 村民代表会议', async () => {
    const { receipt } = await t.ok(
      'questions.submit',
      { type: '质询', text: TEXT, name: '村民', phone: '' },
      'kiosk',
    )
    const id = t.core.store.all('questions').find((q) => q.receipt === receipt)!.id
    const r = await t.call(
      'questions.answer',
      { id, text: '村民代表会议11月5日已表决通过，决议已在公示栏公开。' },
      'clerk',
    )
    expect(r.ok).toBe(true)
  })

  it('a real name is still hidden and still refused', async () => {
    const r = await t.ok(
      'questions.submit',
      { type: '质询', text: '我是村民陈大明，路什么时候修？', name: '村民陈大明', phone: '' },
      'kiosk',
    )
    expect(r.maskedKinds).toContain('name')
  })
})
