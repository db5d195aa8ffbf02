/** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF, newlines inside quotes. */

/** Up to `n` lines with something on them besides spaces, found without splitting the text. */
function firstLines(text: string, n: number): string[] {
  const out: string[] = []
  for (let at = 0; at < text.length && out.length < n;) {
    const end = text.indexOf('\n', at)
    const line = text.slice(at, end < 0 ? text.length : end).replace(/\r$/, '')
    if (line.trim() !== '') out.push(line)
    if (end < 0) break
    at = end + 1
  }
  return out
}

/**
 * The delimiter of the first lines: tab (Excel's "Unicode text"), semicolon or comma, whichever
 * splits the most of them into the same number of columns. A title line above the header (no
 * delimiter at all) does not decide it, nor a 摘要 with commas in a tab-separated file.
 */
function guessDelimiter(text: string): string {
  const lines = firstLines(text, 10)
  const count = (line: string, ch: string) => {
    let n = 0
    for (let at = line.indexOf(ch); at >= 0; at = line.indexOf(ch, at + 1)) n++
    return n
  }
  // How many lines share the delimiter's most common (non-zero) count.
  const agreeing = (ch: string) => {
    const seen = new Map<number, number>()
    for (const l of lines) {
      const n = count(l, ch)
      if (n > 0) seen.set(n, (seen.get(n) ?? 0) + 1)
    }
    return Math.max(0, ...seen.values())
  }
  const tabs = agreeing('\t')
  const commas = agreeing(',')
  const semis = agreeing(';')
  if (tabs > commas && tabs >= semis) return '\t'
  if (semis > commas) return ';'
  return ','
}

/** How much a CSV may hold: its lines, and the columns a line fills with content. */
export interface CsvLimits {
  rows: number
  columns: number
}

/** Thrown as soon as a limit is passed, before the rest of the text is read. */
export class CsvTooBig extends Error {
  constructor(readonly what: keyof CsvLimits) {
    super(`CSV has too many ${what}`)
  }
}

/**
 * Rows of cells as text; a final empty line does not make an extra row. Empty fields after a
 * line's last content are not kept, as blank cells are not in an .xlsx: a line of ten million
 * commas (a 10 MB file) is no row of ten million cells. Content past `limits.columns`, or more
 * than `limits.rows` lines, throws CsvTooBig at that point.
 */
export function parseCsv(
  text: string,
  limits: CsvLimits = { rows: Infinity, columns: Infinity },
): string[][] {
  const delim = guessDelimiter(text)
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  // Empty fields of this line not yet kept: kept only when content follows them.
  let empties = 0
  let quoted = false
  let i = 0
  const endField = () => {
    // ="0012" is how Excel is told to keep leading zeros: the cell is 0012.
    if (field.startsWith('="') && field.endsWith('"') && field.length >= 3) {
      field = field.slice(2, -1)
    }
    if (field === '') {
      empties++
      return
    }
    if (row.length + empties >= limits.columns) throw new CsvTooBig('columns')
    for (; empties > 0; empties--) row.push('')
    row.push(field)
    field = ''
  }
  const endRow = () => {
    endField()
    empties = 0
    rows.push(row)
    row = []
    if (rows.length > limits.rows) throw new CsvTooBig('rows')
  }
  while (i < text.length) {
    const c = text[i]!
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
      } else field += c
      i++
      continue
    }
    if (c === '"' && field === '') quoted = true
    else if (c === delim) endField()
    else if (c === '\r' && text[i + 1] === '\n') {
      endRow()
      i++
    } else if (c === '\n' || c === '\r') endRow()
    else field += c
    i++
  }
  if (field !== '' || row.length > 0 || empties > 0) endRow()
  return rows
}
