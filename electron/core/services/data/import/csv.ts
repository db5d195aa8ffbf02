/** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF, newlines inside quotes. */

/** The first line with something on it besides spaces ('' if none), found without splitting the text. */
function firstLine(text: string): string {
  for (let at = 0; at < text.length;) {
    const end = text.indexOf('\n', at)
    const line = text.slice(at, end < 0 ? text.length : end).replace(/\r$/, '')
    if (line.trim() !== '') return line
    if (end < 0) break
    at = end + 1
  }
  return ''
}

/** The delimiter of the first non-empty line: tab (Excel's "Unicode text"), semicolon or comma. */
function guessDelimiter(text: string): string {
  const first = firstLine(text)
  const count = (ch: string) => {
    let n = 0
    for (let at = first.indexOf(ch); at >= 0; at = first.indexOf(ch, at + 1)) n++
    return n
  }
  const tabs = count('\t')
  const commas = count(',')
  const semis = count(';')
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
