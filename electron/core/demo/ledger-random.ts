/** Draws everyday vouchers, each kind as often as its weight says. */
import { VOUCHER_KINDS } from './ledger-kinds'
import { amount, type Draw, type LineDraft } from './ledger-lines'

const CUMULATIVE = VOUCHER_KINDS.reduce<number[]>(
  (acc, k) => [...acc, (acc.at(-1) ?? 0) + k.weight],
  [],
)
const TOTAL = CUMULATIVE.at(-1)!

/** One everyday voucher line, chosen by weight. */
export function randomLine(d: Draw): LineDraft {
  const x = d.rng.next() * TOTAL
  let i = 0
  while (CUMULATIVE[i]! <= x) i++
  const kind = VOUCHER_KINDS[i]!
  const [category, item, direction] = kind.at
  const amountFen = amount(d.rng, kind.yuan[0], kind.yuan[1])
  const [summary, counterparty] = kind.words(d)
  return { category, item, direction, amountFen, summary, counterparty }
}
