/**
 * Old Excel (.xls, Excel 97–2003, as township accounting software and WPS still export) to the
 * same grids as .xlsx: text, numbers, dates (cells formatted as dates become dates), formula
 * results, merged ranges filled the way exceljs fills them, figures in red marked as 红字 and
 * hidden rows and columns listed (a reversal, a line or a column nobody sees in Excel is never
 * imported unseen). Read by hand (cfb.ts, biff.ts): no parser of ours runs macros or follows
 * links, and a damaged file is refused in plain words.
 */
import { IMPORT_MAX_COLUMNS } from '../../../../../contract/schemas/data-import'
import { ApiFailure } from '../../../api/failure'
import { parseAmountCell, RED_MARK } from './amounts'
import { isHiddenFormat, isRedFormat } from './number-format'
import { CfbError, readStream, streamNames } from './cfb'
import { Reader, Records, REC, rkValue, sharedStrings, unicodeString } from './biff'
import type { Cell, Grid } from './cells'
import { XlsColours } from './xls-colours'
import { filled, putter, type Range } from './merges'
import { SNIFF_MSG } from './sniff'

export const XLS_MSG = {
  broken:
    '文件无法作为旧版 Excel（.xls）表格打开，可能已损坏。请在 Excel 或 WPS 里打开它，“另存为”.xlsx 后再导入',
  tooOld: '这是 Excel 95 或更早版本的文件，请在 Excel 或 WPS 里“另存为”.xlsx 后再导入',
} as const

/** Excel's error values by code, shown as Excel (and the .xlsx reader) shows them. */
const ERRORS: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
}
const errorText = (code: number) => ERRORS[code] ?? '#N/A'

/** Built-in number formats that show a date (zh-CN's 年月日 forms included). */
const DATE_FORMATS = new Set([
  14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58,
])

/** Whether a format code shows a date: y, m or d outside quotes, escapes and [colour] parts. */
function isDateCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, '').replace(/General|通用格式/gi, '')
  return /[ymd]/i.test(bare)
}

interface Globals {
  dates1904: boolean
  /** For each XF (cell format) index: whether it shows a date. */
  dateXf: boolean[]
  /** For each XF index: whether its font is red. */
  redXf: boolean[]
  /** For each XF index: its number format's code, when the file writes one (see isRedFormat). */
  formatXf: Array<string | undefined>
  strings: string[]
  sheets: Array<{ name: string; at: number; hidden: boolean }>
}

function globals(list: Records): Globals {
  const formats = new Map<number, string>()
  const xfFormats: number[] = []
  const colours = new XlsColours()
  const g: Globals = {
    dates1904: false,
    dateXf: [],
    redXf: [],
    formatXf: [],
    strings: [],
    sheets: [],
  }
  for (let i = 0; i < list.length && list.type(i) !== REC.EOF; i++) {
    const type = list.type(i)
    const data = list.data(i)
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
    if (type === REC.FILEPASS) throw new ApiFailure('BAD_INPUT', SNIFF_MSG.encrypted)
    if (type === REC.DATEMODE && data.length >= 2) g.dates1904 = view.getUint16(0, true) === 1
    if (type === REC.FORMAT && data.length >= 5) {
      formats.set(view.getUint16(0, true), unicodeString(data, 2))
    }
    if (type === REC.XF) {
      // A cut-off record keeps its place, so the formats after it keep their numbers.
      xfFormats.push(data.length >= 4 ? view.getUint16(2, true) : -1)
      colours.xf(data)
    }
    if (type === REC.FONT) colours.font(data)
    if (type === REC.PALETTE) colours.palette(data)
    if (type === REC.SST) g.strings = sharedStrings(list, i)
    // Worksheets only (not charts or macro sheets); hidden ones too, marked (pickSheet).
    if (type === REC.BOUNDSHEET && data.length >= 8 && data[5] === 0) {
      const count = data[6]!
      const wide = (data[7]! & 1) === 1
      const bytes = data.subarray(8, 8 + count * (wide ? 2 : 1))
      g.sheets.push({
        name: Buffer.from(bytes).toString(wide ? 'utf16le' : 'latin1'),
        at: view.getUint32(0, true),
        hidden: (data[4]! & 3) !== 0,
      })
    }
  }
  g.dateXf = xfFormats.map((f) => {
    const code = formats.get(f)
    return code === undefined ? DATE_FORMATS.has(f) : isDateCode(code)
  })
  g.redXf = colours.redFormats()
  g.formatXf = xfFormats.map((f) => formats.get(f))
  return g
}

/**
 * A number in a date-formatted cell as exceljs gives it: the serial day (and time) as a UTC
 * Date; a number no calendar has (negative, past 9999) stays a number, shown and not lost.
 */
function dateOf(serial: number, dates1904: boolean): Date | number {
  const day = dates1904 ? serial + 1462 : serial
  if (!(day >= 0 && day < 2_958_466)) return serial
  const base = day >= 61 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31)
  return new Date(base + Math.round(day * 86_400_000))
}

/**
 * A number in a cell of format `xf`: a date if it shows one, marked if it is a figure in red (by
 * its font or its number format).
 */
function numberCell(v: number, xf: number, g: Globals): Cell {
  if (g.dateXf[xf]) return dateOf(v, g.dates1904)
  const red = g.redXf[xf] || isRedFormat(g.formatXf[xf], v)
  return v > 0 && red ? `${RED_MARK}${v}` : v
}

/** One worksheet's cells, from its BOF to its EOF (charts inside it nest their own). */
function sheet(list: Records, start: number, name: string, g: Globals, read: Uint8Array): Grid {
  const rows: Cell[][] = []
  const merges: Range[] = []
  const hidden: number[] = []
  const hiddenColumns = new Set<number>()
  const put = putter(name, rows)
  const hiddenCells: Array<[number, number]> = []
  // A figure its number format draws as nothing (;;;) is hidden, as from .xlsx: not marked red.
  const number = (r: number, c: number, xf: number, v: number) => {
    const unseen = v !== 0 && !g.dateXf[xf] && isHiddenFormat(g.formatXf[xf], v)
    if (unseen) hiddenCells.push([r, c])
    put(r, c, unseen ? v : numberCell(v, xf, g))
  }
  // Text too, by the format's text section (;;; hides it), as from .xlsx; a figure kept as text
  // ('1234.50) in a red font is a 红字 as a typed one is.
  const text = (r: number, c: number, xf: number, v: Cell) => {
    const t = typeof v === 'string' ? v.trim() : ''
    const unseen = t !== '' && isHiddenFormat(g.formatXf[xf], t)
    if (unseen) hiddenCells.push([r, c])
    const red = !unseen && g.redXf[xf] && parseAmountCell(t).kind === 'ok'
    put(r, c, red ? `${RED_MARK}${t}` : v)
  }
  let depth = 0
  for (let i = start; i < list.length; i++) {
    if (read[i]) throw new CfbError('sheets overlap')
    read[i] = 1
    const type = list.type(i)
    const data = list.data(i)
    if (type === REC.BOF) depth++
    if (type === REC.EOF && --depth === 0) break
    if (depth !== 1 || data.length < 6) continue
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
    const r = view.getUint16(0, true)
    const c = view.getUint16(2, true)
    const xf = view.getUint16(4, true)
    if (type === REC.LABELSST && data.length >= 10)
      text(r, c, xf, g.strings[view.getUint32(6, true)] ?? null)
    else if (type === REC.LABEL) text(r, c, xf, unicodeString(data, 6))
    else if (type === REC.NUMBER && data.length >= 14) number(r, c, xf, view.getFloat64(6, true))
    else if (type === REC.RK && data.length >= 10)
      number(r, c, xf, rkValue(view.getUint32(6, true)))
    else if (type === REC.MULRK) {
      for (let k = 0; 4 + k * 6 + 6 <= data.length - 2; k++) {
        const at = 4 + k * 6
        number(r, c + k, view.getUint16(at, true), rkValue(view.getUint32(at + 2, true)))
      }
    } else if (type === REC.BOOLERR && data.length >= 8) {
      put(r, c, data[7] === 0 ? data[6] === 1 : errorText(data[6]!))
    } else if (type === REC.FORMULA && data.length >= 14) {
      // A formula's result is drawn by its cell's format as a typed figure or text is (;;;).
      if (view.getUint16(12, true) !== 0xffff) number(r, c, xf, view.getFloat64(6, true))
      else text(r, c, xf, formulaResult(list, i, view))
    } else if (type === REC.ROW && data.length >= 16 && (view.getUint16(12, true) & 0x20) !== 0) {
      hidden.push(r) // fDyZero: the row is hidden
    } else if (type === REC.COLINFO && data.length >= 10) {
      // Columns r..c (first, last): hidden (fHidden), or drawn zero wide, which hides them too.
      const shown = (view.getUint16(8, true) & 1) === 0 && view.getUint16(4, true) !== 0
      for (let k = r; !shown && k <= Math.min(c, IMPORT_MAX_COLUMNS - 1); k++) hiddenColumns.add(k)
    } else if (type === REC.MERGECELLS && data.length >= 2) {
      const count = Math.min(view.getUint16(0, true), Math.floor((data.length - 2) / 8))
      for (let k = 0; k < count; k++) {
        const at = 2 + k * 8
        merges.push([0, 2, 4, 6].map((o) => view.getUint16(at + o, true)) as Range)
      }
    }
  }
  const grid = filled(name, rows, merges)
  // As exceljs lists them: hidden rows that hold something.
  const hiddenRows = [...new Set(hidden)]
    .filter((r) => grid.rows[r]?.some((v) => v !== null))
    .sort((a, b) => a - b)
  // As from .xlsx: hidden columns within the table (not the unused ones hidden past it).
  const width = grid.rows.reduce((n, row) => Math.max(n, row.length), 0)
  const columns = [...hiddenColumns].filter((k) => k < width).sort((a, b) => a - b)
  return {
    ...grid,
    ...(hiddenRows.length ? { hiddenRows } : {}),
    ...(columns.length ? { hiddenColumns: columns } : {}),
    ...(hiddenCells.length ? { hiddenCells } : {}),
  }
}

/** A formula's cached result when not a number: text (in the STRING record after it), a yes/no. */
function formulaResult(list: Records, i: number, view: DataView): Cell {
  const kind = view.getUint8(6)
  if (kind === 1) return view.getUint8(8) === 1
  if (kind === 2) return errorText(view.getUint8(8))
  if (kind !== 0) return null
  // The text result follows in a STRING record, which a long text continues in CONTINUE ones.
  for (let k = i + 1; k < i + 4; k++) {
    if (list.type(k) === REC.STRING) return new Reader(list.continued(k)).richString()
  }
  return null
}

/** Reads every worksheet of an .xls; refuses an encrypted, pre-97 or damaged one in plain words. */
export function readXls(bytes: Uint8Array): Grid[] {
  try {
    const stream = readStream(bytes, 'Workbook')
    if (!stream) {
      const old = streamNames(bytes).some((n) => n.toLowerCase() === 'book')
      // A compound file without a workbook: a Word or other Office 97 document.
      throw new ApiFailure('BAD_INPUT', old ? XLS_MSG.tooOld : SNIFF_MSG.notSheet)
    }
    const list = new Records(stream)
    const bof = list.length > 0 ? list.data(0) : new Uint8Array(0)
    if (list.type(0) !== REC.BOF || bof.length < 4) throw new CfbError('no BOF')
    if (new DataView(bof.buffer, bof.byteOffset).getUint16(0, true) !== 0x0600) {
      throw new ApiFailure('BAD_INPUT', XLS_MSG.tooOld)
    }
    const g = globals(list)
    // Sheets never share records: sheet lists pointing into each other (or a sheet without its
    // EOF, read by every sheet before it) must not make core read the stream again and again.
    const read = new Uint8Array(list.length)
    return g.sheets.map(({ name, at, hidden }) => {
      const start = list.indexAt(at)
      if (start < 0 || list.type(start) !== REC.BOF) throw new CfbError('bad sheet')
      const grid = sheet(list, start, name, g, read)
      return hidden ? { ...grid, hidden } : grid
    })
  } catch (e) {
    if (e instanceof ApiFailure) throw e
    if (e instanceof CfbError || e instanceof RangeError)
      throw new ApiFailure('BAD_INPUT', XLS_MSG.broken)
    throw e
  }
}
