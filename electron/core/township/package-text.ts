/**
 * A package file's JSON, parsed at half the cost when its records' text is not needed word for
 * word (the console's summary). Turning UTF-8 into a JavaScript string costs about as much as
 * parsing it, and most of a package is Chinese record text. A file without a `\u` escape parses
 * the same read one byte per character (Latin-1): JSON's structure is ASCII, and every string
 * comes out as its UTF-8 bytes, one per character, from which `utf8Of` gives back the exact
 * text. Only a `\u` escape could make a character that is not a byte of the file; a file with
 * one (the kiosk never writes any above U+007F), or with bytes that are not UTF-8 (two keys that
 * differ only there would be one key read as text), is decoded as UTF-8, as before.
 */
import { isUtf8 } from 'node:buffer'

/** How the strings inside a package's records (inputs and views) were read. */
export type RecordText = 'exact' | 'bytes'

const ESCAPE = Buffer.from('\\u')
const HIGH = /[\x80-\xff]/

/** The text of a string read one byte per character. */
export function utf8Of(s: string): string {
  return HIGH.test(s) ? Buffer.from(s, 'latin1').toString('utf8') : s
}

/** `value` with every string in it (not object keys) given back as its text. */
function exact(value: unknown): unknown {
  if (typeof value === 'string') return utf8Of(value)
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = exact(value[i])
  } else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>
    for (const k of Object.keys(o)) o[k] = exact(o[k])
  }
  return value
}

/** A record's strings outside its input and view given back as text (its method). */
function exactRecord(record: unknown): unknown {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return exact(record)
  const r = record as Record<string, unknown>
  for (const k of Object.keys(r)) if (k !== 'input' && k !== 'view') r[k] = exact(r[k])
  return r
}

/**
 * Parses a package file (throws on JSON that does not parse, like JSON.parse). With `bytes`,
 * every string outside the records' inputs and views is exact, and those inside may be left as
 * their bytes (`recordText` says which): the summary reads only numbers, ASCII codes and one
 * item name from them, compared byte for byte (see summary.ts).
 */
export function parsePackageJson(
  bytes: Buffer,
  records: RecordText,
): { parsed: unknown; recordText: RecordText } {
  const asText = () => ({
    parsed: JSON.parse(bytes.toString('utf8')) as unknown,
    recordText: 'exact' as const,
  })
  if (records === 'exact' || bytes.indexOf(ESCAPE) >= 0 || !isUtf8(bytes)) return asText()
  const parsed: unknown = JSON.parse(bytes.toString('latin1'))
  try {
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      return { parsed: exact(parsed), recordText: 'bytes' }
    }
    const o = parsed as Record<string, unknown>
    for (const k of Object.keys(o)) {
      const v = o[k]
      o[k] = k === 'records' && Array.isArray(v) ? v.map(exactRecord) : exact(v)
    }
  } catch (e) {
    // Nesting deeper than the stack (no kiosk writes it): read as text, as before.
    if (!(e instanceof RangeError)) throw e
    return asText()
  }
  return { parsed, recordText: 'bytes' }
}
