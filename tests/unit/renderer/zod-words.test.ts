/**
 * The cadre screens check input with the contract's schemas before calling core (a settings
 * form, a record form): what a schema did not word itself must still reach the cadre in Chinese,
 * as core's own answer does, never as zod's English ("Too small: expected number to be >=30").
 */
import { expect, it } from 'vitest'
import '../../../renderer/src/zod-jitless'
import { Settings } from '../../../contract'

const messages = (r: { error?: { issues: { message: string }[] } }) =>
  r.error?.issues.map((i) => i.message) ?? []

it('系统设置: idle seconds typed as minutes is refused in Chinese on the form itself', () => {
  const r = Settings.strict().safeParse({
    periodMode: 'quarter',
    largeExpenseFen: 5_000_000,
    idleSeconds: 5,
    questionDueDays: 30,
  })
  expect(messages(r)).toHaveLength(2)
  for (const m of messages(r)) expect(m).not.toMatch(/[A-Za-z]/)
})
