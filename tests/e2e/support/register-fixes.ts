/**
 * Signed corrections of published register records, made through core as the demo clerk and
 * 监委 would, so a spec or screenshot can start from a public 已更正 row.
 */
import type { Kiosk } from '../fixtures'
import { PINS } from './registers'

/** Logs in through the API as the demo account of this role (no taps; for setting things up). */
async function loginApi(kiosk: Kiosk, role: keyof typeof PINS): Promise<void> {
  const who = (await kiosk.call('auth.roster', {})).find((r) => r.role === role)
  await kiosk.call('auth.login', { name: who?.name ?? '', password: PINS[role] })
}

/** A published asset corrected and signed, so the public register shows 已更正. */
export async function correctedAsset(k: Kiosk): Promise<string> {
  await loginApi(k, 'clerk')
  const a = (await k.call('assets.drafts', {})).find(
    (x) => x.status === 'published' && !x.supersededBy && x.yearlyRentFen > x.collectedFen,
  )
  if (!a) return ''
  const fix = await k.call('assets.correct', {
    id: a.id,
    name: a.name,
    type: a.type,
    location: a.location,
    area: a.area,
    ...(a.valueFen === undefined ? {} : { valueFen: a.valueFen }),
    lessee: a.lessee,
    contractNo: a.contractNo,
    ...(a.termFrom ? { termFrom: a.termFrom } : {}),
    ...(a.termTo ? { termTo: a.termTo } : {}),
    yearlyRentFen: a.yearlyRentFen,
    collectedFen: a.yearlyRentFen,
    note: a.note,
    reason: '下半年租金已于10月收齐，原登记漏记',
  })
  await k.call('assets.submit', { id: fix.id })
  await loginApi(k, 'supervisor')
  await k.call('assets.publish', { id: fix.id })
  await k.call('auth.logout', {})
  return fix.id
}

/** A published plan line corrected and signed; returns its year (the public 财务计划 shows 已更正). */
export async function correctedBudget(k: Kiosk): Promise<number> {
  await loginApi(k, 'clerk')
  const b = (await k.call('budget.drafts', {})).find(
    (x) => x.status === 'published' && !x.supersededBy && x.direction === 'expense',
  )
  if (!b) return 0
  const fix = await k.call('budget.correct', {
    id: b.id,
    year: b.year,
    direction: b.direction,
    category: b.category,
    item: b.item,
    plannedFen: b.plannedFen + 1_000_000,
    note: b.note,
    reason: '村民代表会议追加了道路维修预算',
  })
  await k.call('budget.submit', { id: fix.id })
  await loginApi(k, 'supervisor')
  await k.call('budget.publish', { id: fix.id })
  await k.call('auth.logout', {})
  return b.year
}

/** A published debt with money still open, corrected (more repaid) and signed; returns its id. */
export async function correctedDebt(k: Kiosk): Promise<string> {
  await loginApi(k, 'clerk')
  const d = (await k.call('debts.drafts', {})).find(
    (x) => x.status === 'published' && !x.supersededBy && x.settledFen < x.amountFen,
  )
  if (!d) return ''
  const fix = await k.call('debts.correct', {
    id: d.id,
    counterparty: d.counterparty,
    kind: d.kind,
    amountFen: d.amountFen,
    date: d.date,
    ...(d.due ? { due: d.due } : {}),
    settlement: '已结清',
    settledFen: d.amountFen,
    cause: d.cause,
    reason: '10月已全部结清，原登记未更新',
  })
  await k.call('debts.submit', { id: fix.id })
  await loginApi(k, 'supervisor')
  await k.call('debts.publish', { id: fix.id })
  await k.call('auth.logout', {})
  return fix.id
}

/** A published 收益分配 corrected (the per-person share) and signed; returns its id. */
export async function correctedDistribution(k: Kiosk): Promise<string> {
  await loginApi(k, 'clerk')
  const d = (await k.call('distributions.drafts', {})).find(
    (x) => x.status === 'published' && !x.supersededBy,
  )
  if (!d) return ''
  const fix = await k.call('distributions.correct', {
    id: d.id,
    year: d.year,
    title: d.title,
    distributableFen: d.distributableFen,
    items: d.items,
    persons: d.persons,
    households: d.households,
    perPersonFen: d.perPersonFen + 1_000,
    perHouseholdFen: d.perHouseholdFen,
    note: d.note,
    reason: '每人分红金额抄错，应以村民代表会议决议为准',
  })
  await k.call('distributions.submit', { id: fix.id })
  await loginApi(k, 'supervisor')
  await k.call('distributions.publish', { id: fix.id })
  await k.call('auth.logout', {})
  return fix.id
}
