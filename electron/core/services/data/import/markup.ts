/**
 * Tags and text of a web page or an XML file, in one pass: each '<' looks for its '>' once, so
 * ten megabytes of broken markup ('<td <td <td…', an unclosed quote) take linear time. A
 * regular expression for tags backtracked for hours or ran out of stack on such input.
 */

export type Token =
  { text: string } | { name: string; close: boolean; selfClosing: boolean; attrs: string }

const NAME = /^\/?([A-Za-z][\w:.-]*)/

/**
 * Yields the tags and text runs of `source`. Comments, <!…> and <?…?> are skipped; so is the
 * content of each element named in `skip` (script, style), up to its closing tag.
 */
export function* tokens(source: string, skip: ReadonlySet<string> = new Set()): Generator<Token> {
  const lower = skip.size ? source.toLowerCase() : source
  let text = ''
  let at = 0
  // The next '>' found so far: '<<<<…>' must not look for the same '>' once per '<'.
  let gt = -1
  while (at < source.length) {
    const lt = source.indexOf('<', at)
    if (lt < 0) {
      text += source.slice(at)
      break
    }
    text += source.slice(at, lt)
    if (source.startsWith('<!--', lt)) {
      const end = source.indexOf('-->', lt + 4)
      at = end < 0 ? source.length : end + 3
      continue
    }
    if (gt <= lt) gt = source.indexOf('>', lt + 1)
    if (gt < 0) break // a tag cut off at the end: nothing after it is text either
    const inside = source.slice(lt + 1, gt)
    at = gt + 1
    if (inside[0] === '!' || inside[0] === '?') continue
    const m = NAME.exec(inside)
    if (!m) {
      text += '<'
      at = lt + 1
      continue
    }
    if (text) yield { text }
    text = ''
    const name = m[1]!
    const close = inside[0] === '/'
    const selfClosing = inside.endsWith('/')
    const attrs = inside.slice(m[0].length, selfClosing ? -1 : undefined)
    yield { name, close, selfClosing, attrs }
    const raw = name.toLowerCase()
    if (!close && !selfClosing && skip.has(raw)) {
      const end = lower.indexOf(`</${raw}`, at)
      at = end < 0 ? source.length : end
    }
  }
  if (text) yield { text }
}
