/** Which sheet and header row a file's table starts at, and what kind of book it is. */
import type { ImportFileInput, ImportMapping } from '../../../../../contract/schemas/data-import'
import { ApiFailure } from '../../../api/failure'
import { parseAmountCell } from './amounts'
import { cellText, isBlankRow, type Cell, type Grid } from './cells'
import { toHalfWidth } from './dates'
import { findHeader, shapeOf, type HeaderGuess } from './header'
import type { ParsedFile } from './preview'
import { resolveSubject, SUBJECT_MAX } from './resolve'

/** The sheet (the chosen one, or the first with a header row) and its header. */
export function pickSheet(
  file: ParsedFile,
  input: ImportFileInput,
): { grid: Grid; header: HeaderGuess } {
  const forced = input.headerRow === undefined ? undefined : input.headerRow - 1
  const grids = input.sheet ? file.grids.filter((g) => g.name === input.sheet) : file.grids
  if (input.sheet && grids.length === 0) {
    throw new ApiFailure('BAD_INPUT', `文件里没有名为“${input.sheet}”的工作表`)
  }
  if (grids.every((g) => g.rows.every(isBlankRow))) {
    throw new ApiFailure('BAD_INPUT', '表格里没有任何内容')
  }
  // Hidden sheets last: Excel shows only the others, and an old month is often kept hidden.
  const shown = [...grids.filter((g) => !g.hidden), ...grids.filter((g) => g.hidden)]
  for (const grid of shown) {
    const hidden = new Set(grid.hiddenRows)
    // A row picked by hand is refused if hidden, as findHeader never picks one: nobody sees its
    // labels in Excel, so they must not say which column is which.
    if (forced !== undefined && grid.rows[forced] && hidden.has(forced)) {
      throw new ApiFailure(
        'BAD_INPUT',
        `第 ${forced + 1} 行在表格里是隐藏的，不能作表头，请选表格里看得见的那一行`,
      )
    }
    const header = findHeader(grid.rows, forced, hidden)
    if (header) return { grid, header }
  }
  throw new ApiFailure(
    'BAD_INPUT',
    forced !== undefined
      ? `第 ${forced + 1} 行不在表格范围内`
      : '找不到表头：请确认表格里有“日期”“凭证号”“摘要”“科目”以及“收入”“支出”（或“借方”“贷方”）这样的列名',
  )
}

/** The other shown sheets with a header row and something under it: books left for later. */
export function otherBooks(file: ParsedFile, chosen: Grid): string[] {
  return file.grids
    .filter((g) => g !== chosen && !g.hidden && g.name)
    .filter((g) => {
      const header = findHeader(g.rows, undefined, new Set(g.hiddenRows))
      return !!header && g.rows.slice(header.row + 1).some((r) => !isBlankRow(r))
    })
    .map((g) => g.name)
}

/** The columns that are set, without the unset ones. */
export const cols = (...xs: Array<number | null | undefined>) =>
  xs.filter((i): i is number => typeof i === 'number')

/**
 * Which way a 借方/贷方 book reads. Its income and expense lines show it: in a voucher-line export
 * income sits on 贷方 and expense on 借方, in a cash journal the other way round; the lines vote,
 * and asset or debt lines follow. Only when no such line votes do 库存现金/银行存款 lines decide
 * (a voucher export lists them as the other side of each voucher): a cash journal has them too,
 * as the 对方科目 of every 提现 or 存现, so one of them must not turn a whole journal round.
 */
export function isVoucherExport(data: Cell[][], mapping: ImportMapping, labels: string[]): boolean {
  const shape = shapeOf(mapping, labels)
  if ((shape !== 'debit-credit' && shape !== 'amount-direction') || mapping.subject == null) {
    return false
  }
  const at = mapping.subject
  const has = (r: Cell[], col: number | null | undefined) =>
    col != null && parseAmountCell(r[col] ?? null).kind === 'ok'
  // Which side a row's amount is on: 借方/贷方 columns (`income` is the 借方 one), or a 方向
  // column saying 借 or 贷; null when the row does not say.
  const creditOf = (r: Cell[]): boolean | null => {
    if (shape === 'amount-direction') {
      const word = toHalfWidth(cellText(r[mapping.direction!])).replace(/\s/g, '')
      return /^贷方?$/.test(word) ? true : /^借方?$/.test(word) ? false : null
    }
    const credit = has(r, mapping.expense)
    return credit === has(r, mapping.income) ? null : credit
  }
  let voucher = 0
  let journal = 0
  // A voucher export lists cash as the other side of a voucher (its number on other lines
  // too); a journal's 提现 row names cash as the 对方科目 of a voucher of its own.
  const numberOf = (r: Cell[]) => (mapping.voucherNo == null ? '' : cellText(r[mapping.voucherNo]))
  const cashVouchers = new Set<string>()
  const otherVouchers = new Set<string>()
  let last = ''
  for (const r of data) {
    // A cell far too long for a 科目 is the row's error later; matching it would take seconds.
    if (cellText(r[at]).length > SUBJECT_MAX) continue
    const s = resolveSubject(cellText(r[at]), '', new Map())
    // A line without its number continues the voucher above (exports print it once).
    const no = numberOf(r) || last
    last = no
    if (no) (s.kind === 'cash' ? cashVouchers : otherVouchers).add(no)
    if (s.kind !== 'line' || !s.fixed) continue
    const credit = creditOf(r)
    if (credit === null) continue
    if ((s.fixed === 'income') === credit) voucher++
    else journal++
  }
  if (voucher !== journal) return voucher > journal
  return [...cashVouchers].some((no) => otherVouchers.has(no))
}
