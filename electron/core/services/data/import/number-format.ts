/**
 * Red by number format: Excel shows a figure red when the section of its number format that
 * applies to it says [Red] (or [Color3], red in every default palette), whatever its font.
 * A clerk's sheet may mark a 红字 that way (#,##0.00;[Red]… for negatives, or [Red]#,##0.00 for a
 * reversal written as a positive figure), so the readers judge it as they judge a red font.
 */

/** A format's sections (split at `;` outside quotes, brackets and backslash escapes). */
function sectionsOf(format: string): string[] {
  const out: string[] = []
  let at = 0
  let quoted = false
  let bracket = false
  for (let i = 0; i < format.length; i++) {
    const c = format[i]
    if (c === '\\' && !quoted) i++
    else if (c === '"') quoted = !quoted
    else if (!quoted && c === '[') bracket = true
    else if (!quoted && c === ']') bracket = false
    else if (!quoted && !bracket && c === ';') {
      out.push(format.slice(at, i))
      at = i + 1
    }
  }
  out.push(format.slice(at))
  return out
}

const CONDITION = /\[(<=|>=|<>|<|>|=)\s*(-?\d+(?:\.\d+)?)\]/
const RED_TAG = /\[(red|color\s*0*3)\]/i

function holds(op: string, bound: number, v: number): boolean {
  switch (op) {
    case '<':
      return v < bound
    case '<=':
      return v <= bound
    case '>':
      return v > bound
    case '>=':
      return v >= bound
    case '=':
      return v === bound
    default:
      return v !== bound
  }
}

/** The section Excel draws `v` with: by conditions where the format has them, else by sign. */
function sectionFor(sections: readonly string[], v: number): string | undefined {
  const conditioned = sections.slice(0, 2).some((s) => CONDITION.test(s))
  if (conditioned) {
    for (const [i, s] of sections.slice(0, 2).entries()) {
      const m = CONDITION.exec(s)
      if (m && holds(m[1]!, Number(m[2]), v)) return s
      if (!m && i === 1) return s
    }
    return sections[2] ?? sections[1]
  }
  if (sections.length === 1 || v > 0) return sections[0]
  if (v < 0) return sections[1]
  return sections[2] ?? sections[0]
}

/** Whether number format `format` draws the number `v` in red. */
export function isRedFormat(format: string | undefined, v: number): boolean {
  if (!format || format.length > 255 || !format.includes('[')) return false
  const section = sectionFor(sectionsOf(format), v)
  // Text in quotes and escaped characters are shown as written, never read as a tag.
  const tags = section?.replace(/\\./g, '').replace(/"[^"]*"/g, '')
  return tags !== undefined && RED_TAG.test(tags)
}

/**
 * Whether number format `format` draws the cell's value as nothing: the section that applies
 * holds no more than tags ([Red], a condition), as in ;;; (Excel's way to hide a cell's
 * content). Text is drawn by the fourth section, when there is one.
 */
export function isHiddenFormat(format: string | undefined, v: number | string): boolean {
  if (!format || format.length > 255 || !format.includes(';')) return false
  const sections = sectionsOf(format)
  const section = typeof v === 'number' ? sectionFor(sections, v) : sections[3]
  return section !== undefined && section.replace(/\[[^\]]*\]/g, '').trim() === ''
}
