/**
 * Figures in other forms that still read as the number: other scripts' digits (٣, ۳), the
 * mathematical ones (𝟏, 𝟙) and, written next to other figures, circled, superscript and
 * subscript ones (①③⑧, ¹³⁸); and where a number found among them ends in the original text.
 * The detector reads them through otherDigits, keeping every UTF-16 index of the original.
 */

// A lone ① or ² stays as written: ①13812345678 is a list marker before a phone, 10² a power.
const OTHER_DIGIT = /(?![0-9０-９])[\p{Nd}\p{No}]/gu
const OTHER_DIGIT_TEST = /(?![0-9０-９])[\p{Nd}\p{No}]/u
const ORNAMENT = /^\p{No}$/u
const ND = /^\p{Nd}$/u
// A mark over or under a figure, as a combining underline or a keycap (1⃣), draws no figure.
const MARK = /^[\p{M}\p{Cf}\p{Default_Ignorable_Code_Point}]$/u
const figures = new Map<string, string>()

/** The figure `c` reads as ('' if none): by its compatibility form, else by its place in its run. */
function figureOf(c: string): string {
  let f = figures.get(c)
  if (f !== undefined) return f
  const k = c.normalize('NFKC')
  if (/^[0-9]$/.test(k)) f = k
  else if (ND.test(c)) {
    // Unicode keeps each script's digits as one run from 0 to 9: count back to its nought.
    let cp = c.codePointAt(0)!
    let n = 0
    while (ND.test(String.fromCodePoint(cp - 1))) {
      cp--
      n++
    }
    f = String(n % 10)
  } else f = ''
  figures.set(c, f)
  return f
}

/** The code point beside position `at` (before it, or from it on), over marks; '' at an end. */
function neighbour(text: string, at: number, step: 1 | -1): string {
  let i = at
  while (step > 0 ? i < text.length : i > 0) {
    const c = step > 0 ? String.fromCodePoint(text.codePointAt(i)!) : lastBefore(text, i)
    if (!MARK.test(c)) return c
    i += step * c.length
  }
  return ''
}
const lastBefore = (text: string, end: number) => {
  const c = text.slice(Math.max(0, end - 2), end)
  return c.length === 2 && /[\ud800-\udbff]/.test(c[0]!) ? c : c.slice(-1)
}

const isFigure = (c: string) =>
  /^[0-9０-９]$/.test(c) || (OTHER_DIGIT_TEST.test(c) && !!figureOf(c))

/** Figures in other forms as ASCII; one of two UTF-16 units becomes the figure and a no-width space. */
export function otherDigits(text: string): string {
  if (!OTHER_DIGIT_TEST.test(text)) return text
  return text.replace(OTHER_DIGIT, (c: string, at: number) => {
    const f = figureOf(c)
    if (!f) return c
    if (ORNAMENT.test(c)) {
      const before = neighbour(text, at, -1)
      const after = neighbour(text, at + c.length, 1)
      const paired = [before, after].some((n) => ORNAMENT.test(n) && !!figureOf(n))
      if (!paired && !(isFigure(before) && isFigure(after))) return c
    }
    return c.length === 2 ? `${f}\u200b` : f
  })
}

/**
 * Where a number found in the normalised text ends in the original: after the second half of a
 * figure written as two UTF-16 units (𝟖), and after the marks drawn on its last figure, so
 * masking never leaves half a character or a keycap on the figure before it.
 */
export function pastMarks(text: string, end: number): number {
  let e = end
  if (/[\udc00-\udfff]/.test(text.charAt(e)) && /[\ud800-\udbff]/.test(text.charAt(e - 1))) e++
  while (e < text.length && /[\p{M}\p{Cf}\p{Default_Ignorable_Code_Point}]/u.test(text.charAt(e)))
    e++
  return e
}
