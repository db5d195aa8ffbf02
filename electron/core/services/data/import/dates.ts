/** The dates village books use: 2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日, 20260305, Excel serials. */
import { isoOfDate, withoutApostrophe, type Cell } from './cells'

export type DateResult = { ok: true; date: string } | { ok: false; error: string }

const pad = (n: number) => String(n).padStart(2, '0')

/** A real calendar day as ISO, or null (2026-02-30 is not a day). */
export function isoDay(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return null
  const dt = new Date(Date.UTC(y, m - 1, d))
  if (dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null
  return `${y}-${pad(m)}-${pad(d)}`
}

/** Excel's day number (1900 system, with its phantom 1900-02-29) to ISO. */
export function fromExcelSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null
  const days = Math.floor(serial)
  const base = days >= 61 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31)
  return isoOfDate(new Date(base + days * 86_400_000))
}

const TEXT_DATE =
  /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?Z?)?$/
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/

/** Full-width digits and punctuation (１２．５) as their ASCII forms. */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
}

function bad(shown: string): DateResult {
  return { ok: false, error: `日期“${shown}”看不懂，请写成 2026-03-05 这样的日期` }
}

// A day without its year (10月5日, 10.5, 10/05): read only when the year is known otherwise.
const MONTH_DAY = /^(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})\s*日?$/

// A weekday after the day, as some software exports it: 2026-3-5 星期四, 2026年3月5日（周四）.
const WEEKDAY = /^(.*?)\s*\(?\s*(?:星期|周|礼拜)([一二三四五六日天])\s*\)?$/
const WEEKDAYS = '日一二三四五六'

/** A date with its weekday: read when the weekday is that day's, refused when it is not. */
function withWeekday(shown: string, date: string, said: string, year?: number): DateResult {
  const day = parseDateCell(date, year)
  if (!day.ok) return day
  const real = WEEKDAYS[new Date(`${day.date}T00:00:00Z`).getUTCDay()]!
  if ((said === '天' ? '日' : said) === real) return day
  return { ok: false, error: `日期“${shown}”和星期几对不上（${day.date} 是星期${real}），请核对` }
}

/**
 * Reads one date cell; an empty cell is an error too (every line needs its day). `year` is
 * the year the book states or the chosen period's, for days written without one.
 */
export function parseDateCell(cell: Cell, year?: number): DateResult {
  // Excel's text apostrophe ('2026-10-05, a cell forced to text) before an otherwise good date.
  if (typeof cell === 'string' && withoutApostrophe(cell.trim()) !== cell.trim()) {
    const read = parseDateCell(withoutApostrophe(cell.trim()), year)
    if (read.ok) return read
  }
  if (cell === null || cell === '' || typeof cell === 'boolean') {
    return { ok: false, error: '缺少日期' }
  }
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime())
      ? { ok: false, error: '日期格式不对' }
      : { ok: true, date: isoOfDate(cell) }
  }
  // A number cell of eight digits is a date typed as 20261005, not an Excel day number.
  if (typeof cell === 'number' && !COMPACT.test(String(cell))) {
    const iso = fromExcelSerial(cell)
    // Before 1990 it is no day of a village book: a 10.5 typed for 10月5日, kept by Excel as
    // a number, would be day 10 of 1900.
    return iso && iso >= '1990' ? { ok: true, date: iso } : bad(String(cell))
  }
  const t = toHalfWidth(String(cell)).trim()
  const week = WEEKDAY.exec(t)
  if (week?.[1]) return withWeekday(String(cell).trim(), week[1], week[2]!, year)
  const m = TEXT_DATE.exec(t) ?? COMPACT.exec(t)
  if (m) {
    const iso = isoDay(Number(m[1]), Number(m[2]), Number(m[3]))
    return iso ? { ok: true, date: iso } : { ok: false, error: `日期“${t}”不存在，请核对` }
  }
  const md = year === undefined ? null : MONTH_DAY.exec(t)
  if (md) {
    const iso = isoDay(year!, Number(md[1]), Number(md[2]))
    return iso ? { ok: true, date: iso } : { ok: false, error: `日期“${t}”不存在，请核对` }
  }
  if (/^\d{5}(\.\d+)?$/.test(t)) {
    const iso = fromExcelSerial(Number(t.split('.')[0]))
    if (iso) return { ok: true, date: iso }
  }
  return bad(t)
}

/** A small whole number from a 月 or 日 column (12, "3", "3月", "05日"). */
function smallNumber(cell: Cell, unit: string): number | null {
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell : null
  if (typeof cell !== 'string') return null
  const m = new RegExp(`^(\\d{1,2})\\s*${unit}?$`).exec(toHalfWidth(cell).trim())
  return m ? Number(m[1]) : null
}

/**
 * A 年 column's cell: 2025, 2025年 or 2025年度; null when empty (the book's or period's year is
 * used), NaN when it holds something else.
 */
export function yearCell(cell: Cell): number | null {
  if (cell === null || cell === '') return null
  const text = toHalfWidth(String(cell)).trim()
  if (text === '') return null
  const m = /^((?:19|20)\d\d)(?:\.0+)?\s*(?:年度?)?$/.exec(text)
  return m ? Number(m[1]) : Number.NaN
}

/** A month that says its year (2025年12月, 2025-12, 2025.12, 2025/12), as text. */
const YEAR_MONTH = /^(\d{4})\s*(?:年|[-/.])\s*(\d{1,2})\s*月?$/

/** A 月 cell: 12, 12月, or with its year (2025年12月); a date Excel keeps there gives both. */
function monthOf(cell: Cell): { year?: number; month: number } | null {
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime())
      ? null
      : { year: cell.getUTCFullYear(), month: cell.getUTCMonth() + 1 }
  }
  const ym = typeof cell === 'string' ? YEAR_MONTH.exec(toHalfWidth(cell).trim()) : null
  if (ym) return { year: Number(ym[1]), month: Number(ym[2]) }
  const month = smallNumber(cell, '月')
  return month === null ? null : { month }
}

/**
 * Books with separate 月 and 日 columns: the year is the one the 月 cell says (2025年12月), else
 * the chosen period's.
 */
export function parseMonthDay(year: number, month: Cell, day: Cell): DateResult {
  const ym = monthOf(month)
  const m = ym?.month ?? null
  const d = smallNumber(day, '日')
  if (ym?.year !== undefined) year = ym.year
  if (m === null || d === null) {
    const shown = `${String(month ?? '')}月${String(day ?? '')}日`
    return month === null && day === null ? { ok: false, error: '缺少日期' } : bad(shown)
  }
  const iso = isoDay(year, m, d)
  return iso
    ? { ok: true, date: iso }
    : { ok: false, error: `日期“${year}年${m}月${d}日”不存在，请核对` }
}

/**
 * A 日期 column beside a 日 column: a 日期 that is only a month (2025年12月, or a date Excel
 * shows as one, kept as its first day) takes its day from the 日 column; a whole date must agree
 * with it, or the row is refused rather than one of them guessed right.
 */
export function parseDateWithDay(date: Cell, day: Cell, year?: number): DateResult {
  if (typeof date === 'string' && YEAR_MONTH.test(toHalfWidth(date).trim())) {
    return parseMonthDay(year ?? 0, date, day)
  }
  if (day === null || String(day).trim() === '') return parseDateCell(date, year)
  const full = parseDateCell(date, year)
  if (!full.ok) return full
  const d = smallNumber(day, '日')
  const [y, m, dd] = full.date.split('-').map(Number) as [number, number, number]
  if (date instanceof Date && dd === 1 && d !== null) return parseMonthDay(y, m, d)
  if (d === dd) return full
  const shown = date instanceof Date ? full.date : String(date).trim()
  const said = d === null ? `“${String(day).trim()}”` : `${d} 日`
  return { ok: false, error: `日期“${shown}”与“日”一栏的 ${said}对不上，请核对` }
}
