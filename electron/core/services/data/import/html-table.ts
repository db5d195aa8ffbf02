/**
 * A web page saved as ".xls": what many online platforms' 导出Excel buttons really give (Excel
 * opens it as a sheet). Read as Excel shows it: the tables' rows one under another, rowspan and
 * colspan as merged cells, a title line above a table as a row of its own, tags and scripts
 * dropped, entities decoded; a figure in red marked 红字 and hidden rows listed (html-looks.ts),
 * and hidden columns (html-columns.ts), as from .xlsx, and cells hidden on their own
 * (hidden-cells.ts). Nothing in the page is run or fetched: it is only text here.
 */
import { parseAmountCell, RED_MARK } from './amounts'
import type { Cell, Grid } from './cells'
import { HiddenColumns, zeroWide } from './html-columns'
import { hiding, type Hiding } from './html-hiding'
import { looksOf, pageLooks, type Looks } from './html-looks'
import { isRedFormat } from './number-format'
import { plainText, tokens } from './markup'
import { filled, MERGED_CELLS_MAX, MERGED_TOO_MANY, putter, type Range } from './merges'
import { ApiFailure } from '../../../api/failure'

/** Whether decoded text is a web page with a table in it, not a CSV (nor Excel 2003's XML). */
export function isHtmlTable(text: string): boolean {
  return (
    /^\s*</.test(text) &&
    /<table[\s>]/i.test(text) &&
    !text.includes('urn:schemas-microsoft-com:office:spreadsheet')
  )
}

/** A span attribute, kept to what a sheet can hold. */
function span(attrs: string, name: string, max: number): number {
  const m = new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(attrs)
  return m ? Math.min(Math.max(1, Number(m[1])), max) : 1
}

const BLOCK = new Set(['p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'caption'])
const SKIPPED = new Set(['script', 'style', 'head'])
/** A table's row groups: one hidden hides its rows, as a hidden <tr> does. */
const ROW_GROUPS = new Set(['thead', 'tbody', 'tfoot'])

interface OpenCell {
  text: string
  r: number
  c: number
  red: boolean
  format?: string
  /** The figure Excel's web page keeps beside the text it shows (x:num), when it does. */
  value?: number
  /** Hidden by its own style or class (display:none), and how many columns it spans. */
  hidden: boolean
  cols: number
  /** Text inside it hidden by an element of its own (<span style="display:none">). */
  hiddenText: string
  /** The hidden element being read, and how many of its name are open inside it. */
  hide?: Hiding
}

/** A tag inside a cell: a line break, a red <font>/<span>, or an element hiding its text. */
function inner(
  cell: OpenCell,
  name: string,
  close: boolean,
  selfClosing: boolean,
  own: () => Looks,
): void {
  if (name === 'br') cell.text += ' '
  else if (cell.hide) cell.hide = hiding(cell.hide, name, close, selfClosing, own)
  else if (!close) {
    const looks = own()
    if (looks.red) cell.red = true // <font color=red>, <span style="color:red"> around the figure
    cell.hide = hiding(undefined, name, close, selfClosing, () => looks)
  }
}

const XNUM = /(?:^|\s)x:num\s*=\s*["']?(-?[\d.]+(?:e[-+]?\d+)?)/i

/**
 * A cell as it is read. A figure Excel kept in x:num is read as that number, as from the same
 * book's .xlsx: the text beside it is only what its format shows (1234.5 as "1,235", 1234.567 as
 * "1234.57"), and importing it would round the money unseen. A figure shown in red (its colour,
 * or its number format by its figure) is marked 红字 (amounts.ts); a negative figure its format
 * shows without a minus (#,##0.00;[Red]#,##0.00) keeps its sign, so it is refused as one.
 */
function cellValue(cell: OpenCell): Cell {
  const text = cell.text.trim()
  // Only what reads as money: a date or a percentage keeps the text Excel shows.
  if (parseAmountCell(text).kind !== 'ok') return text
  const value = cell.value ?? text
  if (typeof value === 'number' && value <= 0) return value
  const red = cell.red || isRedFormat(cell.format, cell.value ?? 1)
  return red ? `${RED_MARK}${value}` : value
}

/** The page's tables (and the lines of text between them) as one sheet, rows as Excel shows them. */
export function readHtmlTable(text: string): Grid[] {
  const looks = pageLooks(text)
  const hidden: number[] = []
  const columns = new HiddenColumns()
  /** Cells hidden by their own style or class, holding text, in rows shown. */
  const hiddenCells: Array<[number, number]> = []
  /** Shown cells with text hidden inside them, and that text. */
  const hiddenTexts: Array<[number, number, string]> = []
  let rowRed = false
  let rowHidden = false
  /** An element outside the tables hiding what is in it (<div style="display:none">). */
  let outerHide: Hiding | undefined
  /** The table being read is hidden, by itself or by what it is in: all its rows are. */
  let tableHidden = false
  /** The row group being read (<tbody>, <thead>, <tfoot>) is hidden: all its rows are. */
  let groupHidden = false
  const rows: Cell[][] = []
  const put = putter('', rows)
  const merges: Range[] = []
  /** Cells below or beside taken by an earlier rowspan/colspan, by row. */
  const taken = new Map<number, Set<number>>()
  let r = -1
  let c = 0
  let depth = 0
  let cell: OpenCell | null = null
  let loose = ''
  let spanned = 0
  const endCell = () => {
    if (cell) {
      put(cell.r, cell.c, cellValue(cell))
      const text = cell.text.trim() !== ''
      columns.cell(cell.c, cell.cols, cell.hidden, !rowHidden && text)
      if (cell.hidden && text && !rowHidden) hiddenCells.push([cell.r, cell.c])
      const unseen = cell.hiddenText.trim()
      if (!cell.hidden && unseen && !rowHidden) hiddenTexts.push([cell.r, cell.c, unseen])
    }
    cell = null
  }
  // A rowspan ends with its table, as in a browser: it takes no rows of what follows.
  let tableMerges = 0
  const endTable = () => {
    for (const m of merges.slice(tableMerges)) m[1] = Math.max(m[0], Math.min(m[1], r))
    taken.clear()
  }
  const flushLoose = () => {
    if (loose.trim()) put(++r, 0, loose.trim())
    loose = ''
  }
  // Comments, scripts, styles and the head hold no cells (their text must not become rows).
  for (const token of tokens(text, SKIPPED)) {
    if ('text' in token) {
      if (cell) {
        const t = plainText(token.text)
        cell.text += t
        if (cell.hide) cell.hiddenText += t
      } else if (depth === 0 && !outerHide) loose += plainText(token.text)
      continue
    }
    const { close, attrs } = token
    const name = token.name.toLowerCase()
    if (name === 'table') {
      if (close) depth = Math.max(0, depth - 1)
      else if (depth++ === 0) {
        flushLoose()
        tableHidden = !!outerHide || looksOf(attrs, looks).hidden
        groupHidden = false
        tableMerges = merges.length
        columns.table()
      }
      if (close && depth === 0) {
        endCell()
        endTable()
      }
    } else if (depth !== 1) {
      // Outside a table: a block ends a line, and what a hidden element holds is not shown;
      // inside a table nested in a cell: text only.
      if (depth === 0) {
        outerHide = hiding(outerHide, name, close, token.selfClosing, () => looksOf(attrs, looks))
      }
      if (depth === 0 && BLOCK.has(name)) flushLoose()
      else if (cell) inner(cell, name, close, token.selfClosing, () => looksOf(attrs, looks))
    } else if (ROW_GROUPS.has(name)) {
      endCell()
      groupHidden = !close && !token.selfClosing && looksOf(attrs, looks).hidden
    } else if (name === 'tr') {
      endCell()
      columns.endGroup()
      if (!close) {
        r++
        c = 0
        const row = looksOf(attrs, looks)
        rowRed = row.red
        rowHidden = row.hidden || tableHidden || groupHidden
        if (rowHidden) hidden.push(r)
      }
    } else if (name === 'col' || name === 'colgroup') {
      const off = looksOf(attrs, looks).hidden || zeroWide(attrs)
      if (name === 'colgroup' && close) columns.endGroup()
      else if (name === 'colgroup')
        columns.colgroup(span(attrs, 'span', 200), off, token.selfClosing)
      else if (!close) columns.col(span(attrs, 'span', 200), off)
    } else if (name === 'td' || name === 'th') {
      endCell()
      if (close) continue
      if (r < 0) r = 0
      while (taken.get(r)?.has(c)) c++
      const own = looksOf(attrs, looks)
      const xnum = Number(XNUM.exec(attrs)?.[1] ?? NaN)
      const cols = span(attrs, 'colspan', 200)
      cell = {
        text: '',
        r,
        c,
        red: rowRed || own.red,
        ...(own.format !== undefined ? { format: own.format } : {}),
        ...(Number.isFinite(xnum) ? { value: xnum } : {}),
        hidden: own.hidden,
        cols,
        hiddenText: '',
      }
      const rows = span(attrs, 'rowspan', 20_000)
      if (rows > 1 || cols > 1) {
        spanned += rows * cols
        if (spanned > MERGED_CELLS_MAX) throw new ApiFailure('BAD_INPUT', MERGED_TOO_MANY)
        merges.push([r, r + rows - 1, c, c + cols - 1])
        for (let i = 0; i < rows; i++) {
          let set = taken.get(r + i)
          if (!set) taken.set(r + i, (set = new Set()))
          for (let j = 0; j < cols; j++) set.add(c + j)
        }
      }
      c += cols
    } else if (cell) {
      inner(cell, name, close, token.selfClosing, () => looksOf(attrs, looks))
    }
  }
  endCell()
  if (depth > 0) endTable()
  flushLoose()
  const grid = filled('', rows, merges)
  // As exceljs lists them: hidden rows that hold something.
  const hiddenRows = [...new Set(hidden)]
    .filter((row) => grid.rows[row]?.some((v) => v !== null))
    .sort((a, b) => a - b)
  const hiddenColumns = columns.hidden(grid.rows.reduce((n, row) => Math.max(n, row.length), 0))
  // A cell in a hidden column is that column's problem; one alone in a shown column is its own.
  const loneHidden = hiddenCells.filter(([, c]) => !hiddenColumns.includes(c))
  const hiddenInside = hiddenTexts.filter(([, c]) => !hiddenColumns.includes(c))
  return [
    {
      ...grid,
      ...(hiddenRows.length ? { hiddenRows } : {}),
      ...(hiddenColumns.length ? { hiddenColumns } : {}),
      ...(loneHidden.length ? { hiddenCells: loneHidden } : {}),
      ...(hiddenInside.length ? { hiddenTexts: hiddenInside } : {}),
    },
  ]
}
