/**
 * Excel 2003 XML ("XML 电子表格", SpreadsheetML), which some platforms export under a .xls or
 * .xml name: worksheets of rows of cells, each cell's Data typed as text, number, date or yes/no.
 * ss:Index skips, MergeAcross/MergeDown are merged cells (filled as exceljs fills them); comments
 * and document properties are not cells. Read as text: nothing in it is fetched or run.
 */
import type { Cell, Grid } from './cells'
import { plainText, tokens } from './markup'
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

/** Every worksheet of an Excel 2003 XML workbook, by name. */
export function readSpreadsheetMl(text: string): Grid[] {
  const grids: Grid[] = []
  let sheet: { name: string; rows: Cell[][]; merges: Range[] } | null = null
  let put: ReturnType<typeof putter> = () => {}
  let r = -1
  let c = 0
  let cell: { r: number; c: number; type: string; text: string; inData: boolean } | null = null
  let comment = 0
  let rowSpan = 0
  for (const token of tokens(text)) {
    if ('text' in token) {
      if (cell?.inData && comment === 0) cell.text += token.text
      continue
    }
    const { close, selfClosing, attrs } = token
    const name = token.name.slice(token.name.indexOf(':') + 1)
    if (name === 'Comment') {
      comment = close ? Math.max(0, comment - 1) : selfClosing ? comment : comment + 1
    } else if (name === 'Worksheet') {
      if (close || selfClosing) {
        if (sheet) grids.push(filled(sheet.name, sheet.rows, sheet.merges))
        sheet = null
      }
      if (!close) {
        sheet = { name: plainText(attr(attrs, 'Name') ?? '').trim(), rows: [], merges: [] }
        put = putter(sheet.name, sheet.rows)
        r = -1
        rowSpan = 0
      }
    } else if (!sheet) {
      continue
    } else if (name === 'Row' && !close) {
      // ss:Span: this row stands for itself and that many more empty ones after it.
      const index = count(attrs, 'Index')
      r = index ? index - 1 : r + 1 + rowSpan
      rowSpan = count(attrs, 'Span')
      c = 0
    } else if (name === 'Cell') {
      if (!close) {
        const index = count(attrs, 'Index')
        if (index) c = index - 1
        const across = count(attrs, 'MergeAcross')
        const down = count(attrs, 'MergeDown')
        if (across || down) sheet.merges.push([r, r + down, c, c + across])
        cell = { r, c, type: 'String', text: '', inData: false }
        c += 1 + across
      }
      if (close || selfClosing) cell = null
    } else if (name === 'Data' && cell && comment === 0) {
      if (!close && !selfClosing) {
        cell.type = attr(attrs, 'Type') ?? 'String'
        cell.inData = true
      } else if (close) {
        put(cell.r, cell.c, value(cell.type, plainText(cell.text, false)))
        cell.inData = false
        cell.text = ''
      }
    }
  }
  if (sheet) grids.push(filled(sheet.name, sheet.rows, sheet.merges))
  return grids
}
