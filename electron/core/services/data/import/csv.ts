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
 * The delimiter of the first lines: tab (Excel's "Unicode text"), semicolon or comma, by the
 * most any one of them holds: a title line above the header (no delimiter at all, or a comma
 * in its words) does not decide it.
 */
function guessDelimiter(text: string): string {
  const lines = firstLines(text, 10)
  const count = (line: string, ch: string) => {
    let n = 0
    for (let at = line.indexOf(ch); at >= 0; at = line.indexOf(ch, at + 1)) n++
    return n
  }
  const most = (ch: string) => Math.max(0, ...lines.map((l) => count(l, ch)))
  const tabs = most('\t')
  const commas = most(',')
  const semis = most(';')
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
