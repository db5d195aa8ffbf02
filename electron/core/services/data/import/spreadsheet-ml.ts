/**
 * Excel 2003 XML ("XML 电子表格", SpreadsheetML), which some platforms export under a .xls or
 * .xml name: worksheets of rows of cells, each cell's Data typed as text, number, date or yes/no.
 * ss:Index skips, MergeAcross/MergeDown are merged cells (filled as exceljs fills them); comments
 * and document properties are not cells. A figure whose style's font is red is marked 红字, and
 * hidden rows, columns and sheets are marked, as from .xlsx. Read as text: nothing in it is
 * fetched or run.
 */
import { IMPORT_MAX_COLUMNS } from '../../../../../contract/schemas/data-import'
import { isRedColour, parseAmountCell, RED_MARK } from './amounts'
import type { Cell, Grid } from './cells'
import { plainText, tokens } from './markup'
import { isHiddenFormat, isRedFormat } from './number-format'
import { filled, putter, type Range } from './merges'

const NS = 'urn:schemas-microsoft-com:office:spreadsheet'

/** Whether decoded text is an Excel 2003 XML workbook. */
export function isSpreadsheetMl(text: string): boolean {
  return /^\s*</.test(text) && /<(\w+:)?Workbook\b/.test(text) && text.includes(NS)
}

/** An attribute with or without its namespace prefix (ss:Index, Index). */
function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)(?:\\w+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs)
  return m?.[1] ?? m?.[2]
}

const count = (attrs: string, name: string) => {
  const n = Number(attr(attrs, name) ?? 0)
  return Number.isSafeInteger(n) && n > 0 ? n : 0
}

/** A cell's Data as exceljs would give it: a number, a UTC date, a yes/no, else the text. */
function value(type: string, text: string): Cell {
  if (type === 'Number') {
    const n = Number(text)
    return text.trim() !== '' && Number.isFinite(n) ? n : text
  }
  if (type === 'DateTime') {
    const d = new Date(/[zZ]|[+-]\d\d:\d\d$/.test(text) ? text : `${text}Z`)
    return Number.isNaN(d.getTime()) ? text : d
  }
  if (type === 'Boolean') return text.trim() === '1'
  return text
}

/** Whether a colour written #RRGGBB reads as red (see isRedColour). */
function isRed(colour: string | undefined): boolean {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour?.trim() ?? '')
  return !!m && isRedColour(parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16))
}

interface Sheet {
  name: string
  rows: Cell[][]
  merges: Range[]
  hidden: number[]
  /** <WorksheetOptions><Visible>SheetHidden (or SheetVeryHidden): not shown in Excel. */
  sheetHidden: boolean
  /** Column (0-based) → its ss:StyleID. */
  columns: Map<number, string>
  /** Columns (0-based) ss:Hidden or zero wide: not shown in Excel. */
  hiddenColumns: Set<number>
  /** Cells (row, column; 0-based) whose number format draws them as nothing (;;;). */
  hiddenCells: Array<[number, number]>
}

/**
 * Styles by ss:ID: whether each sets its font red (or another colour), its number format, and its
 * ss:Parent (a style without its own takes its parent's, and so on).
 */
class Styles {
  private readonly byId = new Map<string, { red?: boolean; format?: string; parent?: string }>()

  add(id: string, parent: string | undefined): void {
    this.byId.set(id, parent === undefined ? {} : { parent })
  }

  font(id: string, colour: string | undefined): void {
    const style = this.byId.get(id)
    if (style && colour !== undefined) style.red = isRed(colour)
  }

  numberFormat(id: string, format: string | undefined): void {
    const style = this.byId.get(id)
    if (style && format !== undefined) style.format = format
  }

  /** What style `id` or the nearest of its parents says of one thing (`red` or `format`). */
  private inherited<K extends 'red' | 'format'>(id: string, key: K) {
    let at: string | undefined = id
    for (let depth = 0; at !== undefined && depth < 20; depth++) {
      const style = this.byId.get(at)
      if (!style) return undefined
      if (style[key] !== undefined) return style[key]
      at = style.parent
    }
    return undefined
  }

  /** Whether the number `v` in style `id` is drawn red: by its font colour or number format. */
  isRed(id: string, v: number): boolean {
    return !!this.inherited(id, 'red') || isRedFormat(this.inherited(id, 'format'), v)
  }

  /** Whether the number `v` in style `id` is drawn as nothing (its number format is ;;;). */
  isHidden(id: string, v: number): boolean {
    return v !== 0 && isHiddenFormat(this.inherited(id, 'format'), v)
  }
}

/**
 * A sheet's grid: hidden if it is, with its hidden rows that hold something and its hidden
 * columns within the table (as exceljs lists them).
 */
function gridOf(sheet: Sheet): Grid {
  const grid = filled(sheet.name, sheet.rows, sheet.merges)
  const hiddenRows = [...new Set(sheet.hidden)]
    .filter((r) => grid.rows[r]?.some((v) => v !== null))
    .sort((a, b) => a - b)
  const width = grid.rows.reduce((n, row) => Math.max(n, row.length), 0)
  const hiddenColumns = [...sheet.hiddenColumns].filter((k) => k < width).sort((a, b) => a - b)
  return {
    ...grid,
    ...(hiddenRows.length ? { hiddenRows } : {}),
    ...(hiddenColumns.length ? { hiddenColumns } : {}),
    ...(sheet.hiddenCells.length ? { hiddenCells: sheet.hiddenCells } : {}),
    ...(sheet.sheetHidden ? { hidden: true } : {}),
  }
}

/** Every worksheet of an Excel 2003 XML workbook, by name. */
export function readSpreadsheetMl(text: string): Grid[] {
  const grids: Grid[] = []
  /** A cell without a style takes its row's, then its column's, then Default. */
  const styles = new Styles()
  let style: string | null = null
  let rowStyle: string | undefined
  let sheet: Sheet | null = null
  let put: ReturnType<typeof putter> = () => {}
  let r = -1
  let c = 0
  let cell: {
    r: number
    c: number
    type: string
    text: string
    inData: boolean
    style: string
  } | null = null
  let comment = 0
  /** The text of a <Visible> being read, else null. */
  let visible: string | null = null
  let rowSpan = 0
  let column = -1
  for (const token of tokens(text)) {
    if ('text' in token) {
      if (cell?.inData && comment === 0) cell.text += token.text
      else if (visible !== null) visible += token.text
      continue
    }
    const { close, selfClosing, attrs } = token
    const name = token.name.slice(token.name.indexOf(':') + 1)
    if (name === 'Comment') {
      comment = close ? Math.max(0, comment - 1) : selfClosing ? comment : comment + 1
    } else if (name === 'Style' && !cell) {
      style = close ? null : (attr(attrs, 'ID') ?? null)
      if (style !== null) styles.add(style, attr(attrs, 'Parent'))
      if (selfClosing) style = null
    } else if (name === 'Font' && style !== null && !close) {
      styles.font(style, attr(attrs, 'Color'))
    } else if (name === 'NumberFormat' && style !== null && !close) {
      const format = attr(attrs, 'Format')
      styles.numberFormat(style, format === undefined ? undefined : plainText(format))
    } else if (name === 'Worksheet') {
      if (close || selfClosing) {
        if (sheet) grids.push(gridOf(sheet))
        sheet = null
      }
      if (!close) {
        const sheetName = plainText(attr(attrs, 'Name') ?? '').trim()
        sheet = {
          name: sheetName,
          rows: [],
          merges: [],
          hidden: [],
          sheetHidden: false,
          columns: new Map(),
          hiddenColumns: new Set(),
          hiddenCells: [],
        }
        put = putter(sheet.name, sheet.rows)
        r = -1
        rowSpan = 0
        column = -1
      }
    } else if (!sheet) {
      continue
    } else if (name === 'Visible' && !cell) {
      if (close && visible !== null) {
        if (/^Sheet(Very)?Hidden$/.test(plainText(visible).trim())) sheet.sheetHidden = true
      }
      visible = close || selfClosing ? null : ''
    } else if (name === 'Column' && !close) {
      // ss:Index places it, ss:Span repeats it over that many more columns.
      const index = count(attrs, 'Index')
      const first = index ? index - 1 : column + 1
      column = Math.min(first + count(attrs, 'Span'), IMPORT_MAX_COLUMNS)
      const id = attr(attrs, 'StyleID')
      for (let k = first; id !== undefined && k <= column; k++) sheet.columns.set(k, id)
      const width = attr(attrs, 'Width')
      const hidden =
        attr(attrs, 'Hidden')?.trim() === '1' || (width !== undefined && Number(width) === 0)
      for (let k = first; hidden && k <= column; k++) sheet.hiddenColumns.add(k)
    } else if (name === 'Row' && !close) {
      // ss:Span: this row stands for itself and that many more empty ones after it.
      const index = count(attrs, 'Index')
      r = index ? index - 1 : r + 1 + rowSpan
      rowSpan = count(attrs, 'Span')
      c = 0
      rowStyle = attr(attrs, 'StyleID')
      if (attr(attrs, 'Hidden')?.trim() === '1') sheet.hidden.push(r)
    } else if (name === 'Cell') {
      if (!close) {
        const index = count(attrs, 'Index')
        if (index) c = index - 1
        const across = count(attrs, 'MergeAcross')
        const down = count(attrs, 'MergeDown')
        if (across || down) sheet.merges.push([r, r + down, c, c + across])
        const own = attr(attrs, 'StyleID') ?? rowStyle ?? sheet.columns.get(c) ?? 'Default'
        cell = { r, c, type: 'String', text: '', inData: false, style: own }
        c += 1 + across
      }
      if (close || selfClosing) cell = null
    } else if (name === 'Data' && cell && comment === 0) {
      if (!close && !selfClosing) {
        cell.type = attr(attrs, 'Type') ?? 'String'
        cell.inData = true
      } else if (close) {
        const v = value(cell.type, plainText(cell.text, false))
        // A figure in red is a 红字冲销 (a reversal) on paper: never read as money in or out.
        // One its number format hides (;;;) is listed hidden instead, as from .xlsx.
        const unseen = typeof v === 'number' && styles.isHidden(cell.style, v)
        if (unseen) sheet?.hiddenCells.push([cell.r, cell.c])
        // A figure kept as text ('1234.50) in a red font is one too, as from .xlsx and .xls.
        const figure =
          typeof v === 'number' ? v > 0 : typeof v === 'string' && parseAmountCell(v).kind === 'ok'
        const red = figure && !unseen && styles.isRed(cell.style, typeof v === 'number' ? v : 1)
        put(cell.r, cell.c, red ? `${RED_MARK}${v}` : v)
        cell.inData = false
        cell.text = ''
      }
    }
  }
  if (sheet) grids.push(gridOf(sheet))
  return grids
}
