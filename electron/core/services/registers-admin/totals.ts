/**
 * A register's amounts add up on the public screens (债权债务 by kind, 资产 value, 计划 by year):
 * each amount is at most 100亿元, but nothing else bounds how many there are, and past 2^53 fen a
 * sum is no longer exact. A record that would take its register past 10万亿元 (far beyond any
 * village, far below that limit) is refused as a mistyped amount.
 */
import type { Store } from '../../store/types'
import type { FieldErrors } from '../records/field-errors'

export const REGISTER_TOTAL_MAX_FEN = 1_000_000_000_000_000

const MESSAGE = '这一类登记的金额合计超过了10万亿元，不像是村里的数目，请核对金额'

type Summed = 'debts' | 'assets' | 'budget'

/** Adds the refusal on `field` when the register's live records plus `amount` pass the cap. */
export function addTotalErrors(
  errors: FieldErrors,
  store: Store,
  coll: Summed,
  field: string,
  amount: number,
  replaces: Array<string | undefined>,
): void {
  let total = amount
  for (const r of store.all(coll) as Array<{ id: string; supersededBy?: string } & object>) {
    if (r.supersededBy || replaces.includes(r.id)) continue
    total += Number((r as Record<string, unknown>)[field] ?? 0)
  }
  if (total > REGISTER_TOTAL_MAX_FEN) errors.add(field, MESSAGE)
}
