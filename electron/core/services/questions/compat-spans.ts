/**
 * Matching on a text as it reads (NFKC: 李 U+F9E1 is 李, ⼤ is 大, ･ is ・) while changing only
 * the matched spans of the text as typed: the rest of a villager's question keeps its full-width
 * ，？ and whatever else they wrote. Pure; no I/O.
 */

const GRAPHEMES = new Intl.Segmenter('und', { granularity: 'grapheme' })

/** `text` in NFKC, and for each of its UTF-16 units the span of `text` it came from. */
function readable(text: string): { norm: string; from: number[]; to: number[] } {
  let norm = ''
  const from: number[] = []
  const to: number[] = []
  // One grapheme at a time: what NFKC composes (a letter and its marks) stays within one.
  for (const { segment, index } of GRAPHEMES.segment(text)) {
    const piece = segment.normalize('NFKC')
    norm += piece
    for (let i = 0; i < piece.length; i++) {
      from.push(index)
      to.push(index + segment.length)
    }
  }
  return { norm, from, to }
}

/**
 * `text` with each match of `pattern` (a global RegExp) in its NFKC reading put as `by`; a
 * character only partly matched is replaced whole.
 */
export function replaceAsRead(text: string, pattern: RegExp, by: string): string {
  const { norm, from, to } = readable(text)
  const spans: Array<[number, number]> = []
  for (const m of norm.matchAll(pattern)) {
    if (m[0].length === 0) continue
    const [start, end] = [from[m.index]!, to[m.index + m[0].length - 1]!]
    const last = spans.at(-1)
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else spans.push([start, end])
  }
  let out = ''
  let at = 0
  for (const [start, end] of spans) {
    out += text.slice(at, start) + by
    at = end
  }
  return out + text.slice(at)
}
