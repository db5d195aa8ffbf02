/**
 * An .xlsx font colour as exceljs gives it: an RGB value (argb), an index into Excel's default
 * palette (indexed), or a colour of the workbook's theme (theme, lightened or darkened by tint).
 * Each is turned into RGB and judged by the one red rule (amounts.ts), as the .xls reader does.
 */
import { isRedColour } from './amounts'
import { DEFAULT_COLOURS } from './xls-colours'

export interface FontColour {
  argb?: string
  indexed?: number
  theme?: number
  tint?: number
}

/** Theme colours in the order a font's `theme` counts them (light 1 and dark 1 come first). */
const THEME_ORDER = [
  'lt1',
  'dk1',
  'lt2',
  'dk2',
  'accent1',
  'accent2',
  'accent3',
  'accent4',
  'accent5',
  'accent6',
  'hlink',
  'folHlink',
] as const

/** The RGB of each theme colour, from the theme's XML (found with indexOf: no backtracking). */
export function themeColours(xml: string | undefined): number[] {
  return THEME_ORDER.map((name) => {
    if (!xml) return -1
    const at = xml.indexOf(`<a:${name}>`)
    if (at < 0) return -1
    const inside = xml.slice(at, at + 300)
    const m = /(?:srgbClr val|lastClr)="([0-9A-Fa-f]{6})"/.exec(inside)
    return m ? parseInt(m[1]!, 16) : -1
  })
}

/** Moves each part towards white (tint > 0) or black (tint < 0), as Excel's tint does. */
function tinted(rgb: number, tint: number): [number, number, number] {
  const parts = [rgb >> 16, (rgb >> 8) & 0xff, rgb & 0xff]
  const t = Math.max(-1, Math.min(1, tint))
  return parts.map((c) => Math.round(t < 0 ? c * (1 + t) : c + (255 - c) * t)) as [
    number,
    number,
    number,
  ]
}

/** Whether a font colour reads as red; `theme` is the workbook's theme colours (themeColours). */
export function isRedFont(colour: FontColour | undefined, theme: readonly number[]): boolean {
  if (!colour) return false
  if (colour.argb !== undefined) {
    const m = /^(?:[0-9a-f]{2})?([0-9a-f]{6})$/i.exec(colour.argb)
    if (!m) return false
    const [r, g, b] = tinted(parseInt(m[1]!, 16), colour.tint ?? 0)
    return isRedColour(r, g, b)
  }
  const rgb =
    colour.indexed !== undefined
      ? DEFAULT_COLOURS[colour.indexed]
      : colour.theme !== undefined
        ? theme[colour.theme]
        : undefined
  if (rgb === undefined || rgb < 0) return false
  const [r, g, b] = tinted(rgb, colour.tint ?? 0)
  return isRedColour(r, g, b)
}
