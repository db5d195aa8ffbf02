/** Rent owed, terms ending, debts open or overdue: the register sums, pure and in fen. */
import type { Asset, AssetView, Debt, DebtTotal, DebtView } from '../../../../contract'
import { DEBT_KINDS } from '../../../../contract'
import { daysBetween } from './days'

/** Terms ending within this many days are highlighted on the register. */
export const EXPIRY_WARNING_DAYS = 90

/** What is still owed this year: the yearly rent minus what came in, never below zero. */
export function owingFen(a: Pick<Asset, 'yearlyRentFen' | 'collectedFen'>): number {
  return Math.max(0, a.yearlyRentFen - a.collectedFen)
}

/** A register row with owing, days to the end of its term and the expiry flags. */
export function assetView(a: Asset, today: string): AssetView {
  const daysToExpiry = a.termTo ? daysBetween(today, a.termTo) : null
  return {
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
    collectedFen: a.collectedFen,
    owingFen: owingFen(a),
    daysToExpiry,
    expiringSoon: daysToExpiry !== null && daysToExpiry >= 0 && daysToExpiry <= EXPIRY_WARNING_DAYS,
    expired: daysToExpiry !== null && daysToExpiry < 0,
    note: a.note,
  }
}

/** 事由; a demo folder written before the rename keeps it as `reason` (debts had no corrections then). */
export function causeOf(d: Debt): string {
  const legacy = (d as { reason?: unknown }).reason
  return d.cause ?? (typeof legacy === 'string' ? legacy : '')
}

/** A debt with what is still open and whether it is past due. */
export function debtView(d: Debt, today: string): DebtView {
  // What the row shows: amount − settled. 结清情况 is checked against it on save, and a row an
  // older app stored 已结清 with less settled still counts what is open.
  const openFen = Math.max(0, d.amountFen - d.settledFen)
  return {
    id: d.id,
    counterparty: d.counterparty,
    kind: d.kind,
    amountFen: d.amountFen,
    date: d.date,
    ...(d.due ? { due: d.due } : {}),
    status: d.settlement,
    settledFen: d.settledFen,
    openFen,
    cause: causeOf(d),
    overdue: openFen > 0 && d.due !== undefined && d.due < today,
  }
}

/** Open amounts per kind (应收, 应付, 借入), each its own figure. */
export function debtTotals(views: readonly DebtView[]): DebtTotal[] {
  return DEBT_KINDS.map((kind) => {
    const open = views.filter((v) => v.kind === kind && v.openFen > 0)
    return {
      kind,
      openFen: open.reduce((s, v) => s + v.openFen, 0),
      openCount: open.length,
    }
  })
}
