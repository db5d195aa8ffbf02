/** Rows a book has that are not lines: totals (合计/小计/累计), carried balances, blank rows. */
import { cellText, isBlankRow, type Cell } from './cells'
import { parseAmountCell } from './amounts'
import { toHalfWidth } from './dates'

const TOTAL =
  /^(本[日月季年期页]度?|全年|当[月年]|总|收入|支出|收支)?(发生额)?(合计|小计|累计|总计)|^[月季年]计$|^本[月期]发生额$/
// A total that names what it adds up first: 办公费小计, 一月份合计, 1月份支出合计.
const TOTAL_AFTER = /(合计|小计|累计|总计)$/
const CARRIED =
  /^(承前页|过次页|承上页|转下页|转次页|承上[月期]|上年结转|结转下年|上[月期]结转|[期年][初末]余额|[期年]初数|上年余额|[上本][月期]结余|余额$)/

/** The total or carried-balance word a cell's text is, or begins or (for a total) ends with. */
function totalWord(text: string): RegExpExecArray | null {
  return (
    TOTAL.exec(text) ?? CARRIED.exec(text) ?? (namedTotal(text) ? TOTAL_AFTER.exec(text) : null)
  )
}

// What a line's 摘要 begins with when it pays or receives (支付一季度电费合计 is a line).
const DOING = /^(支付|付|收|购|买|交|缴|发放|发|拨|还|借|报销|领|退|补|转)/

/** 办公费小计, 一月份合计, 1月份支出合计: a short name and the word, not a line's wording. */
function namedTotal(text: string): boolean {
  const word = TOTAL_AFTER.exec(text)
  if (!word) return false
  const named = text.slice(0, text.length - word[0].length)
  return named.length <= 6 && !DOING.test(named)
}

/** Whether a 摘要 is a totals row's whole wording (合计, 本月合计, 办公费小计), not a line's. */
export function isTotalsText(text: string): boolean {
  const t = toHalfWidth(text).replace(/[\s\u3000]/g, '')
  const word = TOTAL.exec(t) ?? CARRIED.exec(t)
  return (word !== null && word[0] === t) || namedTotal(t)
}

// What a totals cell may say after its word (本月合计数, 累计发生额：, 合计（元）, 累计至本月):
// still a total.
const TOTAL_TAIL =
  /^(数|额|金额|发生额|余额|收入|支出|收支|借方|贷方|大写|小写|人民币|元|至|到|止|共|总|为|本|上|全|[\d:：()（）.,，、-])/

/**
 * A cell beginning with a total's word and going on in other words on a row with an amount is a
 * line's wording, not a total: 累计折旧 and 累计摊销 are accounts (as a 科目, or a 摘要 beside a
 * figure), where 本月合计数 or 累计发生额 still close the month.
 */
function linesWording(t: string, word: string, moneyed: boolean): boolean {
  return (
    moneyed && t !== word && TOTAL.exec(t)?.[0] === word && !TOTAL_TAIL.test(t.slice(word.length))
  )
}

/**
 * Why a row is skipped (shown in the preview), or null for a row to read. A 摘要 that begins
 * with a total's word on a row with a 凭证号 is a real line (合计收取三户承包费, 上年结转工程尾款):
 * a totals row has no voucher of its own.
 */
export function skipReason(
  row: Cell[],
  watched: number[],
  cols: {
    summary?: number | null
    voucherNo?: number | null
    income?: number | null
    expense?: number | null
    amount?: number | null
  } = {},
): string | null {
  if (isBlankRow(row)) return '空行'
  const vouchered = cols.voucherNo != null && /\d/.test(cellText(row[cols.voucherNo]))
  const moneyed = [cols.income, cols.expense, cols.amount].some(
    (i) => i != null && parseAmountCell(row[i] ?? null).kind === 'ok',
  )
  for (const i of watched) {
    const t = toHalfWidth(cellText(row[i])).replace(/[\s\u3000]/g, '')
    const word = totalWord(t)
    // A 摘要 that says more than the word, on a row with a 凭证号, is a line of its own.
    if (!word || (vouchered && i === cols.summary && t !== word[0])) continue
    if (linesWording(t, word[0], moneyed)) continue
    return `${word[0]}行，不是一笔账`
  }
  return null
}

const SIGNED =
  /(制表人?|制单人?|审核人?|审批人?|复核人?|会计主管|主管会计|财务主管|记账人?|出纳|监委|村务监督委员会|负责人|签字|签名|签章|盖章)\s*[:：]?/
const PAGE = /第\s*\d+\s*页|共\s*\d+\s*页/
const NOTE = /^(注|附注|说明|备注|注意)\s*[:：]|^(打印|制表|编制|报送)(日期|时间)|^日期\s*[:：]/

/** Why a row with nothing that makes an entry is skipped, said by what it lacks. */
export const NOT_ENTRY = {
  /** Neither a date or 凭证号 nor an amount (stray text). */
  nothing: '没有日期、凭证号或金额，不是一笔账',
  /** An amount, but no date or 凭证号 to make it a line: the clerk may have left them out. */
  unkeyed:
    '有金额，但没有日期和凭证号，不是一笔账；如果是一笔账，请在表格里补上日期和凭证号后再导入',
  /** A date or 凭证号 with nothing beside it. */
  bare: '没有金额、摘要和科目，不是一笔账',
} as const

/** Whether a skip reason is one of NOT_ENTRY's (a row with too little to be a line). */
export const isNotEntry = (reason: string | null): boolean =>
  (Object.values(NOT_ENTRY) as Array<string | null>).includes(reason)

/** Where a row's entry-defining cells are (0-based columns of the mapping). */
export interface EntryColumns {
  dated: number[]
  voucher: number[]
  amounts: number[]
  described: number[]
}

const filled = (row: Cell[], cols: number[]) => cols.some((i) => cellText(row[i]) !== '')
// A merged footer repeats its text in every cell it covers, the amount columns too.
const amount = (row: Cell[], cols: number[]) =>
  cols.some((i) => parseAmountCell(row[i] ?? null).kind === 'ok')

/**
 * Why a row is not an entry at all (signature lines, page footers, notes, stray text), or null.
 * Only a row with a date or 凭证号 and an amount (or a 摘要/科目 waiting for one) can be an entry,
 * so only such rows can carry errors; a footer with an amount beside it is read, not skipped.
 */
export function notEntryReason(row: Cell[], cols: EntryColumns): string | null {
  const hasAmount = amount(row, cols.amounts)
  if (!hasAmount) {
    const texts = row.map((c) => toHalfWidth(cellText(c)).trim()).filter(Boolean)
    if (texts.some((t) => PAGE.test(t))) return '页码行，不是一笔账'
    if (texts.some((t) => NOTE.test(t))) return '说明文字，不是一笔账'
    if (texts.some((t) => SIGNED.test(t) && !/^\d/.test(t))) return '签字行，不是一笔账'
  }
  const keyed = filled(row, cols.dated) || filled(row, cols.voucher)
  if (keyed && (hasAmount || filled(row, cols.described))) return null
  if (hasAmount) return NOT_ENTRY.unkeyed
  // Words in the date column (本表由财务软件导出) are no date: only figures there say one.
  const dated = [...cols.dated, ...cols.voucher].some((i) =>
    /\d/.test(toHalfWidth(cellText(row[i]))),
  )
  return dated ? NOT_ENTRY.bare : NOT_ENTRY.nothing
}
