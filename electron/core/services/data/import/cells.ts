/** One cell as read from either kind of file, and its text as the clerk would see it. */

/** Dates come from .xlsx date cells (exceljs gives them at UTC midnight). */
export type Cell = string | number | boolean | Date | null

/** A worksheet (or the CSV) as rows of cells. */
export interface Grid {
  name: string
  rows: Cell[][]
  /** Cells (row, column; 0-based) that repeat a merged range's value from a row above. */
  mergedDown?: Array<[number, number]>
  /** Hidden in Excel: an old month or a working copy nobody sees, picked only by name. */
  hidden?: boolean
  /** Rows (0-based) hidden in Excel: a line nobody sees there is not imported unseen. */
  hiddenRows?: number[]
  /** Columns (0-based) hidden in Excel: none of them may be read as a line's money or key. */
  hiddenColumns?: number[]
  /**
   * Cells (row, column; 0-based) hidden on their own in a column that shows (a web page's
   * display:none cell, an .xlsx number format ;;;): their text is not seen in Excel, so none may
   * be read as a line's money.
   */
  hiddenCells?: Array<[number, number]>
  /**
   * Cells (row, column; 0-based) that show, with text hidden inside them (a web page's
   * <span style="display:none">), and that text: read with the rest, though nobody sees it.
   */
  hiddenTexts?: Array<[number, number, string]>
  /**
   * Cells (row, column; 0-based) holding a formula the file keeps no result for: a program wrote
   * it without working it out, so Excel shows a figure there but the file has none to read.
   */
  uncomputed?: Array<[number, number]>
}

const pad = (n: number) => String(n).padStart(2, '0')

/** ISO date of a cell date, read in UTC as exceljs writes it. */
export function isoOfDate(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

/** What the preview table shows for a cell. */
export function cellText(c: Cell | undefined): string {
  if (c === null || c === undefined) return ''
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? '' : isoOfDate(c)
  if (typeof c === 'boolean') return c ? '是' : '否'
  return String(c).trim()
}

/**
 * Excel's text apostrophe ('0012, a cell forced to text): Excel shows the cell without it, so
 * it is read and shown without it. Two apostrophes ('') are text that starts with one.
 */
export function withoutApostrophe(text: string): string {
  return /^'[^']/.test(text) ? text.slice(1) : text
}

/** True when the row has no visible content at all. */
export function isBlankRow(row: readonly Cell[]): boolean {
  return row.every((c) => cellText(c) === '')
}
