/**
 * 财务计划 lines of one year and direction must not overlap: each counts the ledger lines of its
 * category (and item) as its 执行数, so the same line entered twice, or a whole-category line
 * beside item lines of that category, would count the same spending twice on the public page.
 */
import type { BudgetLine } from '../../../../contract'
import type { Store } from '../../store/types'
import type { FieldErrors } from '../records/field-errors'

type Key = Pick<BudgetLine, 'year' | 'direction' | 'category' | 'item'>

const SAME = '这一年已经有同一科目的计划，请修改那一条，不要重复录入'
const WHOLE_BESIDE_ITEMS = '这一类已经按明细科目列了计划，不能再列整类的计划'
const ITEM_BESIDE_WHOLE = '这一类已经列了整类的计划，不能再按明细科目列计划'

/** The message for `c` beside `other` when they would count the same ledger lines, else null. */
function overlap(c: Key, other: Key): string | null {
  if (other.year !== c.year || other.direction !== c.direction || other.category !== c.category)
    return null
  if (other.item === c.item) return SAME
  if (!c.item) return WHOLE_BESIDE_ITEMS
  return other.item ? null : ITEM_BESIDE_WHOLE
}

/**
 * Adds a message when `c` overlaps another live line (draft, submitted, returned or current
 * published), not the record itself (`self`) nor the published line a correction replaces. A
 * correction may keep an overlap its original already had (stored before this rule), so such a
 * line can still be corrected.
 */
export function addOverlapErrors(
  errors: FieldErrors,
  store: Store,
  c: Key,
  self: string | undefined,
  original?: BudgetLine,
): void {
  for (const l of store.all('budget')) {
    if (l.supersededBy || l.id === self || l.id === original?.id) continue
    const message = overlap(c, l)
    if (message && !(original && overlap(original, l))) {
      errors.add(c.item ? 'item' : 'category', message)
      return
    }
  }
}
