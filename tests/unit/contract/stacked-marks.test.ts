/** Text from a person may not pile marks on one letter ("Zalgo"): no line could wrap it. */
import { describe, expect, it } from 'vitest'
import { OptText, QuestionSubmit, Text } from '../../../contract'

const piled = `路灯坏了a${'\u030d\u0304\u0305\u033f'.repeat(50).slice(0, 199)}`

describe('marks piled on one letter', () => {
  it('are refused in every text field, in plain words, a villager’s question too', () => {
    const said = (r: { success: boolean; error?: { issues: Array<{ message: string }> } }) =>
      r.success ? 'accepted' : r.error!.issues.map((i) => i.message).join('')
    expect(said(Text(300, '标题').safeParse(piled))).toBe(
      '标题里有一个字上叠了许多记号，无法正常显示，请删去后重试',
    )
    expect(said(OptText(300, '备注').safeParse(piled))).toContain('叠了许多记号')
    expect(said(QuestionSubmit.safeParse({ type: '质询', text: piled }))).toContain('叠了许多记号')
  })

  it('leave the writing villages use alone: accents, Tibetan stacks, an emoji', () => {
    for (const text of ['Việt Nam', 'བསྒྲུབས་ཝྃ', '👍村民代表会议', 'é'.normalize('NFD')]) {
      expect(Text(300).safeParse(text).success, text).toBe(true)
    }
  })
})
