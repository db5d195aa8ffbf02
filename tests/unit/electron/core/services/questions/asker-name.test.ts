/**
 * The contact step promises the asker's name and phone only reach the cadres. A villager often
 * writes their own name into the question too ("我是三组陈大明"): it is hidden before the question
 * is stored, as numbers are, so neither the board, the receipt, search nor a township package
 * carries it; the receipt says it was hidden.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { staffedCore, type TestCore } from '../auth/helpers'

let t: TestCore
beforeEach(async () => {
  t = await staffedCore()
})
afterEach(() => t.close())

const ask = (text: string, name = '陈大明', phone = '139 1234 5678') =>
  t.ok('questions.submit', { type: '质询', text, name, phone }, 'kiosk')

describe("the asker's own name in the question", () => {
  it('is hidden before it is stored, and the receipt says so', async () => {
    const r = await ask('我是三组陈大明，三组的路什么时候修？陈 大·明 敬上')
    expect(r.maskedKinds).toContain('name')
    const stored = t.core.store.all('questions').find((q) => q.receipt === r.receipt)!
    expect(stored.text).not.toMatch(/陈\s*大·?\s*明/)
    expect(stored.text).toContain('三组的路什么时候修？')
    expect(stored.text).toContain('我是三组***')
    expect(stored.masked).toBe(true)
    expect(stored.name).toBe('陈大明') // the cadres still see who asked, for a call-back
    const board = JSON.stringify(await t.ok('questions.public', {}, 'kiosk'))
    expect(board).not.toContain('陈大明')
    expect(board).toContain('我是三组***')
  })

  it('leaves the text alone when the name is not in it, or is one character', async () => {
    const plain = await ask('三组的路什么时候修？陈家说要等明年。')
    expect(plain.maskedKinds).toEqual([])
    const one = await ask('我姓陈，三组的路什么时候修？', '陈')
    expect(one.maskedKinds).toEqual([])
    const texts = t.core.store.all('questions').map((q) => q.text)
    expect(texts).toContain('三组的路什么时候修？陈家说要等明年。')
    expect(texts).toContain('我姓陈，三组的路什么时候修？')
  })

  it('hides the name and a number together, naming both on the receipt', async () => {
    const r = await ask('我是陈大明，电话13912345678，请回电。')
    expect([...r.maskedKinds].sort()).toEqual(['mobile', 'name'])
    const stored = t.core.store.all('questions').find((q) => q.receipt === r.receipt)!
    expect(stored.text).toBe('我是***，电话139****5678，请回电。')
  })

  it('a sentence break between two words is no name, and a hidden name does not tell its length', async () => {
    const apart = await ask('找老王，明天能修吗？', '王明')
    expect(apart.maskedKinds).toEqual([])
    const two = await ask('我是王明，路什么时候修？', '王明')
    expect(two.maskedKinds).toEqual(['name'])
    const texts = t.core.store.all('questions').map((q) => q.text)
    expect(texts).toContain('找老王，明天能修吗？')
    expect(texts).toContain('我是***，路什么时候修？')
  })

  it('an answer speaking of 老王，明天 is not refused as naming 王明', async () => {
    await t.ok('auth.login', { name: '李秀英', password: '417395' }, 'clerk')
    const idOf = async () => {
      const { receipt } = await ask('三组的路什么时候修？', '王明')
      return t.core.store.all('questions').find((q) => q.receipt === receipt)!.id
    }
    await t.ok('questions.answer', { id: await idOf(), text: '已和老王，明天一起去看。' }, 'clerk')
    const named = await t.call(
      'questions.answer',
      { id: await idOf(), text: '王 明同志：已安排。' },
      'clerk',
    )
    expect(named.ok).toBe(false)
    if (!named.ok) expect(named.error.message).toContain('提问人的姓名')
  })

  it('a name in letters is hidden however it is cased or full-width', async () => {
    const r = await ask('ＬＩＵ ｗｅｉ：三组的路什么时候修？liu wei', 'Liu Wei')
    expect(r.maskedKinds).toEqual(['name'])
    const stored = t.core.store.all('questions').find((q) => q.receipt === r.receipt)!
    expect(stored.text).toBe('***：三组的路什么时候修？***')
  })

  it('a name typed with compatibility characters is hidden, the rest kept as typed', async () => {
    // U+F9E1 李 and U+F9F4 林 (CJK compatibility ideographs), U+2F24 ⼤ and U+2F42 ⽂ (Kangxi
    // radicals), U+FF65 ･ (the half-width middle dot): each shows as the name's own character.
    const li = await ask('我是\uF9E1\u2F24明，三组的路什么时候修？李 大･明', '李大明')
    expect(li.maskedKinds).toEqual(['name'])
    const lin = await ask('\uF9F4\u2F42，ＡＢ两组的账什么时候公开？', '林文')
    expect(lin.maskedKinds).toEqual(['name'])
    const texts = t.core.store.all('questions').map((q) => q.text)
    // Only the name's span changes: the full-width ，？ and Ａ Ｂ stay as the villager typed them.
    expect(texts).toContain('我是***，三组的路什么时候修？***')
    expect(texts).toContain('***，ＡＢ两组的账什么时候公开？')
    const board = JSON.stringify(await t.ok('questions.public', {}, 'kiosk'))
    for (const hidden of ['\uF9E1', '\u2F24', '\uF9F4', '\u2F42', '李大明', '林文'])
      expect(board).not.toContain(hidden)
  })
})
