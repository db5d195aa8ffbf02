/**
 * What a web page saved as ".xls" shows by look: figures in red (a 红字冲销) and rows hidden from
 * view, from style attributes, <font color>, and the class rules Excel's own web pages carry in
 * their <style> (".xl66 {color:red}", "display:none" or "visibility:collapse", and the number
 * format, whose [Red] the table reader judges by each figure's value). Judged by the same red
 * rule as the .xlsx and .xls readers (amounts.ts). Found in one pass: nothing in the page is searched twice.
 */
import { isRedColour } from './amounts'
import { plainText } from './markup'

export interface Looks {
  /** Its colour is red. */
  red: boolean
  hidden: boolean
  /** Excel's number format for it (mso-number-format), which may draw a figure red by its value. */
  format?: string
}

/** Classes the page's style sheets make red or hidden, and their number formats. */
export interface PageLooks {
  red: Set<string>
  hidden: Set<string>
  formats: Map<string, string>
}

/**
 * CSS colour names of the red, orange and pink families, as 0xRRGGBB; the same red rule as a
 * written colour decides (red, crimson, orangered, indianred pass; darkred, tomato do not).
 */
const NAMED: Record<string, number> = {
  red: 0xff0000,
  crimson: 0xdc143c,
  orangered: 0xff4500,
  indianred: 0xcd5c5c,
  firebrick: 0xb22222,
  darkred: 0x8b0000,
  maroon: 0x800000,
  brown: 0xa52a2a,
  tomato: 0xff6347,
  coral: 0xff7f50,
  salmon: 0xfa8072,
  mediumvioletred: 0xc71585,
  deeppink: 0xff1493,
}

/** Whether a colour as CSS or HTML writes it (red, crimson, #f00, rgb(255,0,0)) reads as red. */
export function isRedCss(value: string): boolean {
  let v = value.trim().toLowerCase()
  // Not a regular expression: `\s*!important$` backtracked over long runs of spaces.
  if (v.endsWith('!important')) v = v.slice(0, -'!important'.length).trimEnd()
  const named = Object.hasOwn(NAMED, v) ? NAMED[v] : undefined
  if (named !== undefined) return isRedColour(named >> 16, (named >> 8) & 0xff, named & 0xff)
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/.exec(v)?.[1]
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((d) => d + d).join('') : hex
    const n = parseInt(full, 16)
    return isRedColour(n >> 16, (n >> 8) & 0xff, n & 0xff)
  }
  const rgb = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*[,)]/.exec(v)
  return !!rgb && isRedColour(Number(rgb[1]), Number(rgb[2]), Number(rgb[3]))
}

/** A declaration block's parts, split at `;` outside quotes and backslash escapes. */
function declarations(body: string): string[] {
  const out: string[] = []
  let at = 0
  let quote = ''
  for (let i = 0; i < body.length; i++) {
    const c = body[i]
    if (c === '\\') i++
    else if (quote) quote = c === quote ? '' : quote
    else if (c === '"' || c === "'") quote = c
    else if (c === ';') {
      out.push(body.slice(at, i))
      at = i + 1
    }
  }
  out.push(body.slice(at))
  return out
}

/** Excel's number format as its web pages write it: mso-number-format:"\[Red\]0\.00". */
function numberFormatOf(value: string): string {
  const v = value.trim()
  const unquoted = /^(["']).*\1$/s.test(v) ? v.slice(1, -1) : v
  return unquoted.replace(/\\(.)/gs, '$1')
}

/**
 * What a declaration block (a style attribute, a rule's body) says: colour red, hidden (display
 * none, visibility hidden or collapse), and the number format (Excel's web pages keep it as
 * mso-number-format).
 */
export function declared(body: string): Looks {
  const looks: Looks = { red: false, hidden: false }
  // Either hides it, whichever is written last of its kind: display:none, or visibility hidden
  // or collapse (a <col style="visibility:collapse"> hides its column in a browser).
  let displayNone = false
  let invisible = false
  for (const part of declarations(body)) {
    const colon = part.indexOf(':')
    if (colon < 0) continue
    const name = part.slice(0, colon).trim().toLowerCase()
    const value = part.slice(colon + 1)
    if (name === 'color') looks.red = isRedCss(value)
    else if (name === 'mso-number-format') looks.format = numberFormatOf(value)
    else if (name === 'display') displayNone = value.trim().toLowerCase().startsWith('none')
    else if (name === 'visibility') invisible = /^(?:hidden|collapse)\b/i.test(value.trim())
  }
  looks.hidden = displayNone || invisible
  return looks
}

const ATTR = (name: string) =>
  new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i')
const STYLE = ATTR('style')
const COLOR = ATTR('color')
const CLASS = ATTR('class')

/** An attribute's value in a tag's attributes (quoted either way, or bare). */
function attr(attrs: string, pattern: RegExp): string | undefined {
  const m = pattern.exec(attrs)
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined
}

/** HTML's own hidden attribute (<td hidden>), not the word in a quoted value (title="hidden"). */
function hasHiddenAttribute(attrs: string): boolean {
  if (!/hidden/i.test(attrs)) return false
  const bare = attrs.replace(/"[^"]*"|'[^']*'/g, '""')
  return /(?:^|\s)hidden(?=\s|=|\/|$)/i.test(bare)
}

/** What an element shows by its own attributes and the page's class rules. */
export function looksOf(attrs: string, page: PageLooks): Looks {
  const own = declared(plainText(attr(attrs, STYLE) ?? '', false))
  const colour = attr(attrs, COLOR)
  const classes = (attr(attrs, CLASS) ?? '').split(/\s+/).filter(Boolean)
  const format = own.format ?? classes.map((c) => page.formats.get(c)).find((f) => f !== undefined)
  return {
    red:
      own.red || (colour !== undefined && isRedCss(colour)) || classes.some((c) => page.red.has(c)),
    hidden: own.hidden || classes.some((c) => page.hidden.has(c)) || hasHiddenAttribute(attrs),
    ...(format !== undefined ? { format } : {}),
  }
}

const STYLE_OPEN = /<style\b/gi
const STYLE_CLOSE = /<\/style\b/gi

/** The class rules of every <style> in the page: `.xl66 {…}` and `td.xl66 {…}`. */
export function pageLooks(text: string): PageLooks {
  const page: PageLooks = { red: new Set(), hidden: new Set(), formats: new Map() }
  STYLE_OPEN.lastIndex = 0
  for (let open = STYLE_OPEN.exec(text); open; open = STYLE_OPEN.exec(text)) {
    const start = text.indexOf('>', STYLE_OPEN.lastIndex)
    if (start < 0) break
    STYLE_CLOSE.lastIndex = start
    const close = STYLE_CLOSE.exec(text)
    const end = close ? close.index : text.length
    rules(text.slice(start + 1, end), page)
    if (!close) break
    STYLE_OPEN.lastIndex = STYLE_CLOSE.lastIndex
  }
  return page
}

/** CSS without its comments (an unclosed one runs to the end). */
function withoutComments(css: string): string {
  let out = ''
  for (let at = 0; ;) {
    const start = css.indexOf('/*', at)
    if (start < 0) return out + css.slice(at)
    out += css.slice(at, start)
    const end = css.indexOf('*/', start + 2)
    if (end < 0) return out
    at = end + 2
  }
}

/** Reads `selector {body}` rules into `page`. */
function rules(sheet: string, page: PageLooks): void {
  const css = withoutComments(sheet).replace(/<!--|-->/g, '')
  let at = 0
  while (at < css.length) {
    const brace = css.indexOf('{', at)
    if (brace < 0) break
    const end = css.indexOf('}', brace)
    const body = css.slice(brace + 1, end < 0 ? css.length : end)
    const looks = declared(body)
    if (looks.red || looks.hidden || looks.format !== undefined) {
      for (const selector of css.slice(at, brace).split(',')) {
        const name = /^\s*[a-z]*\.([\w-]+)\s*$/i.exec(selector)?.[1]
        if (!name) continue
        if (looks.red) page.red.add(name)
        if (looks.hidden) page.hidden.add(name)
        if (looks.format !== undefined) page.formats.set(name, looks.format)
      }
    }
    if (end < 0) break
    at = end + 1
  }
}
