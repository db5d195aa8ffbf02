/**
 * Tags, text and entities of a web page or an XML file, in one pass: every character is looked
 * at a bounded number of times, so ten megabytes of broken markup ('<td <td <td…', an unclosed
 * quote) take linear time. A regular expression for tags backtracked for hours on such input.
 */

export type Token =
  { text: string } | { name: string; close: boolean; selfClosing: boolean; attrs: string }

const NAMED: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  yen: '¥',
}

/** Decodes entities (&amp; &#25143; &#x6237;…) and, as a browser shows text, collapses spaces. */
export function plainText(text: string, collapse = true): string {
  const decoded = text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (all, e: string) => {
    if (e[0] !== '#') return NAMED[e.toLowerCase()] ?? all
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ''
  })
  return collapse ? decoded.replace(/\s+/g, ' ') : decoded
}

/** A tag's name right after its '<' (sticky: matched in place, never searched for). */
const NAME = /\/?([A-Za-z][\w:.-]*)/y

/** Where the tag whose name ends at `from` ends: its '>' outside a quoted attribute value. */
function tagEnd(source: string, from: number): number {
  let quote = ''
  let afterEquals = false
  for (let i = from; i < source.length; i++) {
    const ch = source[i]!
    if (quote) {
      if (ch === quote) quote = ''
    } else if ((ch === '"' || ch === "'") && afterEquals) {
      quote = ch
    } else if (ch === '>') {
      return i
    }
    if (!quote && ch !== ' ' && ch !== '\t' && ch !== '\n' && ch !== '\r') afterEquals = ch === '='
  }
  return -1
}

/**
 * Yields the tags and text runs of `source`. Comments, <!…> and <?…?> are skipped; so is the
 * content of each element named in `skip` (script, style), up to its closing tag.
 */
export function* tokens(source: string, skip: ReadonlySet<string> = new Set()): Generator<Token> {
  let text = ''
  let at = 0
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
    if (source[lt + 1] === '!' || source[lt + 1] === '?') {
      const end = source.indexOf('>', lt + 1)
      if (end < 0) break
      at = end + 1
      continue
    }
    NAME.lastIndex = lt + 1
    const m = NAME.exec(source)
    if (!m) {
      // Not a tag ('< 5', '<<'): the '<' is text, and nothing is searched for.
      text += '<'
      at = lt + 1
      continue
    }
    const end = tagEnd(source, NAME.lastIndex)
    if (end < 0) break // a tag cut off at the end: nothing after it is text either
    if (text) yield { text }
    text = ''
    const name = m[1]!
    const close = m[0][0] === '/'
    const selfClosing = source[end - 1] === '/'
    const attrs = source.slice(NAME.lastIndex, selfClosing ? end - 1 : end)
    at = end + 1
    yield { name, close, selfClosing, attrs }
    const raw = name.toLowerCase()
    if (!close && !selfClosing && skip.has(raw)) {
      const closing = new RegExp(`</${raw}(?=[\\s/>]|$)`, 'gi')
      closing.lastIndex = at
      const found = closing.exec(source)
      at = found ? found.index : source.length
    }
  }
  if (text) yield { text }
}
