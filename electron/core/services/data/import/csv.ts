/** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF, newlines inside quotes. */

/** The delimiter of the first non-empty line: tab (Excel's "Unicode text"), semicolon or comma. */
function guessDelimiter(text: string): string {
  const first = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? ''
  const count = (ch: string) => first.split(ch).length - 1
  const tabs = count('\t')
  const commas = count(',')
  const semis = count(';')
  if (tabs > commas && tabs >= semis) return '\t'
  if (semis > commas) return ';'
  return ','
}

/** Rows of cells as text; a final empty line does not make an extra row. */
export function parseCsv(text: string): string[][] {
  const delim = guessDelimiter(text)
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let i = 0
  const endField = () => {
    row.push(field)
    field = ''
  }
  const endRow = () => {
    endField()
    rows.push(row)
    row = []
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
  if (field !== '' || row.length > 0) endRow()
  return rows
}
