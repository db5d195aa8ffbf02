/**
 * 系统设置 typed by a careless admin: a number out of range is refused in Chinese, next to its
 * field, and nothing is written. Real core over a temp folder.
 */
import { afterEach, expect, it } from 'vitest'
import type { Settings } from '../../../../../../contract'
import { staffedCore, type TestCore } from '../auth/helpers'

let t: TestCore
afterEach(() => t?.close())

async function refusedField(over: Partial<Settings>, field: keyof Settings) {
  t = await staffedCore() // admin logged in as 'win'
  const before = await t.ok('settings.get', {}, 'kiosk')
  const seq = t.seq()
  const r = await t.call('settings.save', { ...before, ...over }, 'win')
  expect(r.ok).toBe(false)
  if (r.ok) return ''
  expect(r.error.code).toBe('BAD_INPUT')
  expect(t.seq()).toBe(seq)
  expect(await t.ok('settings.get', {}, 'kiosk')).toEqual(before)
  const message = r.error.fields?.[field] ?? ''
  // Chinese, in words the admin can act on: no zod English ("Too small: expected …").
  expect(message).not.toMatch(/[A-Za-z]/)
  expect(r.error.message).not.toMatch(/[A-Za-z]/)
  return message
}

it('idle seconds typed as minutes (5) is refused in Chinese, saying the range', async () => {
  const message = await refusedField({ idleSeconds: 5 }, 'idleSeconds')
  expect(message).toMatch(/30/)
  expect(message).toMatch(/3600/)
})

it('an idle time of more than an hour is refused in Chinese', async () => {
  const message = await refusedField({ idleSeconds: 7200 }, 'idleSeconds')
  expect(message).toMatch(/3600/)
})

it('an answer deadline beyond the legal 10 days is refused in Chinese, saying 7 to 10', async () => {
  const message = await refusedField({ questionDueDays: 15 }, 'questionDueDays')
  expect(message).toMatch(/7/)
  expect(message).toMatch(/10/)
  expect(await refusedField({ questionDueDays: 3 }, 'questionDueDays')).toBe(message)
})
