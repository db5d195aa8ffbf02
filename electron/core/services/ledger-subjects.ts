/**
 * The 会计科目 (accounting subject) each item a clerk picks belongs to, as the township's books
 * file it: shared by the export back to the township's software and by the 乡镇汇总 console, so
 * both count the same lines as 管理费用. Pure: no exceljs, loaded by the console's reader threads.
 */
import { CATEGORIES, categoryName } from '../../../contract'
import type { LedgerEntry } from '../../../contract'

/** The standard subject a line typed in the kiosk belongs to (imported lines keep their own). */
const ITEM_SUBJECT: Record<string, string> = {
  干部报酬: '管理费用—干部报酬',
  办公费: '管理费用—办公费',
  公益事业支出: '公益支出',
  固定资产购置: '固定资产',
  资产处置: '固定资产清理',
  借入款: '短期借款',
  归还借款: '短期借款',
  提取公积公益金: '公积公益金',
  村民分红: '收益分配—各项分配',
  福利费: '应付福利费',
  一事一议筹资: '一事一议资金',
  代收代付: '内部往来',
  土地发包: '发包及上交收入—土地发包',
}
const OWN_NAMES = new Set(['经营收入', '发包及上交收入', '投资收益', '补助收入', '其他收入'])
const OWN_EXPENSE = new Set(['经营支出', '管理费用', '其他支出', '在建工程', '应收款', '应付款'])

/** 会计科目 text for a line. */
export function subjectOf(e: Pick<LedgerEntry, 'subject' | 'item' | 'category'>): string {
  if (e.subject) return e.subject
  if (OWN_NAMES.has(e.item) || OWN_EXPENSE.has(e.item)) return e.item
  return ITEM_SUBJECT[e.item] ?? `${categoryName(e.category)}—${e.item}`
}

const MANAGEMENT = '管理费用'

/**
 * The items whose lines are 管理费用 (管理费用 itself, 干部报酬, 办公费): an imported line's item
 * is read from its subject the same way (管理费用—办公费 is 办公费, 管理费用—差旅费 is 管理费用).
 */
export const MANAGEMENT_ITEMS: readonly string[] = CATEGORIES.flatMap((c) =>
  c.items.filter((item) => subjectOf({ item, category: c.code }).startsWith(MANAGEMENT)),
)
