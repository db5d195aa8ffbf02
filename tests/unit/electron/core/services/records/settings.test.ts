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

/** A monthly village (today 2026-11-25) whose clerk has opened October, and maybe more months. */
async function monthlyWith(...months: string[]): Promise<Settings> {
  t = await staffedCore()
  await t.ok('auth.login', { name: '李秀英', password: '417395' }, 'clerk')
  const settings = { ...(await t.ok('settings.get', {}, 'kiosk')), periodMode: 'month' as const }
  await t.ok('settings.save', settings, 'win')
  for (const period of months) await t.ok('ledger.closePeriod', { period }, 'clerk')
  return settings
}

it('switching to quarterly halfway through a quarter kept by month is refused, naming the months', async () => {
  const settings = await monthlyWith('2026-10')
  const seq = t.seq()
  const r = await t.call('settings.save', { ...settings, periodMode: 'quarter' }, 'win')
  // Otherwise 2026-Q4 overlaps October's sheet and 11月 is not a quarter: November and
  // December could never be entered or published, and the clerk's screen offers no period.
  expect(r.ok).toBe(false)
  if (r.ok) return
  expect(r.error.fields?.periodMode).toMatch(/2026年第四季度/)
  expect(r.error.fields?.periodMode).toMatch(/11月、12月/)
  expect(r.error.message).not.toMatch(/[A-Za-z]/)
  expect(t.seq()).toBe(seq)
  expect((await t.ok('settings.get', {}, 'kiosk')).periodMode).toBe('month')
  // The clerk carries on by month.
  await t.ok('ledger.closePeriod', { period: '2026-11' }, 'clerk')
})

it('switching to quarterly is allowed once no quarter is left half kept by month', async () => {
  const settings = await monthlyWith('2026-07', '2026-08', '2026-09')
  await t.ok('settings.save', { ...settings, periodMode: 'quarter' }, 'win')
  await t.ok('ledger.closePeriod', { period: '2026-Q4' }, 'clerk')
})

it('a quarter before this one left half kept by month also refuses the switch', async () => {
  const settings = await monthlyWith('2026-07', '2026-08')
  const r = await t.call('settings.save', { ...settings, periodMode: 'quarter' }, 'win')
  expect(r.ok).toBe(false)
  if (!r.ok) expect(r.error.fields?.periodMode).toMatch(/2026年第三季度.*9月/)
})

it('a 大额 line of 0元 (meant as "off") is refused: every expense would be marked 大额 for good', async () => {
  // Each sheet signed under the setting keeps it: a 0 would mark every line of it 大额 forever.
  const message = await refusedField({ largeExpenseFen: 0 }, 'largeExpenseFen')
  expect(message).toMatch(/大于0/)
})

it('months before the village’s first sheet are not missing: a kiosk begun in August may go quarterly', async () => {
  // July was published on paper, before the kiosk came; it will never be opened here.
  const settings = await monthlyWith('2026-08', '2026-09')
  await t.ok('settings.save', { ...settings, periodMode: 'quarter' }, 'win')
  await t.ok('ledger.closePeriod', { period: '2026-Q4' }, 'clerk')
})

it('a stored setting that no longer reads falls back alone; the others stay and the cadres are told', async () => {
  t = await staffedCore()
  // What an older version could store: an idle time of 20 seconds, below today's 30.
  await t.core.store.commit({
    actor: null,
    action: 'settings.save',
    entity: 'settings',
    id: 'settings',
    puts: [
      {
        coll: 'settings',
        id: 'settings',
        value: {
          periodMode: 'month',
          largeExpenseFen: 3_000_000,
          idleSeconds: 20,
          questionDueDays: 8,
        },
      },
    ],
  })
  await t.reopen()
  expect(await t.ok('settings.get', {}, 'kiosk')).toEqual({
    periodMode: 'month',
    largeExpenseFen: 3_000_000,
    idleSeconds: 120,
    questionDueDays: 8,
  })
  await t.ok('auth.login', { name: '王建国', password: 'admin-pass-1' }, 'win')
  const alerts = await t.ok('system.alerts', {}, 'win')
  const said = alerts.filter((a) => a.file === 'settings.json')
  expect(said).toHaveLength(1)
  expect(said[0]).toMatchObject({ level: 'warning' })
  expect(said[0]!.message).toContain('无人操作多少秒后回到首页')
  expect(said[0]!.message).toContain('20')
  expect(said[0]!.message).toContain('120')
  expect(said[0]!.message).not.toMatch(/大额|答复|公开周期/)
  // Saved again by the admin, the setting reads and the warning is gone.
  await t.ok('settings.save', await t.ok('settings.get', {}, 'kiosk'), 'win')
  expect(
    (await t.ok('system.alerts', {}, 'win')).filter((a) => a.file === 'settings.json'),
  ).toEqual([])
})
