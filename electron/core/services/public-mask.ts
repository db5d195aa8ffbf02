/**
 * The last guard on the public read path: whatever a record holds (typed in before a check
 * existed, imported, restored from an old backup), no full ID, bank-card or phone number
 * leaves core in the answer to a public method. Ids, hashes and file names are left alone.
 */
import { STACKED_MARKS } from '../../../contract'
import { normaliseDigits } from './privacy/detect'
import { WRITTEN_DIGITS } from './privacy/written-digits'
import { maskPersonalNumbers } from './questions/mask-numbers'
import { recent } from './recent'

const ID_KEY = /^(id|key|receipt|hash|sha256|fingerprint)$|(Id|Ids)$/
const CODE =
  /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{64}(?:\.[a-z0-9]+)?)$/i
// A personal number has at least seven digits (or digits written as characters): a cheap first test that lets short texts through
// quickly. Only their count, not how far apart they are: the detector joins groups across runs
// of spaces and characters that draw nothing, and a test with its own idea of a gap would let
// such a number out unmasked.
// Figures of any form count (①, ¹, 𝟏, ٣: the detector reads them, see detect.ts).
const DIGIT = `\\p{Nd}\\p{No}${WRITTEN_DIGITS}`
const DIGITS = new RegExp(`(?:[${DIGIT}][^${DIGIT}]*){7}`, 'u')

// The letter O typed for a nought after a figure counts as a digit (detect.ts reads it so).
const LETTER_O_AFTER_FIGURE = /[0-9０-９][Oo]/

/**
 * Texts the detector has read, with what it made of them (it depends on the text alone): public
 * answers repeat the same record texts call after call (a month's lines, a letter's search
 * hits), and reading one costs far more than looking it up. Only short texts are kept (lines,
 * titles, snippets, dates): a long body is read fast for its length, and 20,000 of them would
 * hold hundreds of MB.
 */
const read = recent<string>(20_000)
const KEEP_UP_TO = 500

function detectorRead(text: string): string {
  if (text.length > KEEP_UP_TO) return maskPersonalNumbers(text).text
  let masked = read.get(text)
  if (masked === undefined) read.set(text, (masked = maskPersonalNumbers(text).text))
  return masked
}

// Marks piled past what any writing stacks (see STACKED_MARKS): text stored before the check, or
// put into the store behind it, shows each letter with at most seven, so no line is unbreakable.
const PILE = /(\p{M}{7})\p{M}+/gu

function maskText(key: string, value: string): string {
  if (ID_KEY.test(key) || CODE.test(value)) return value
  const text = STACKED_MARKS.test(value) ? value.replace(PILE, '$1') : value
  const probe = LETTER_O_AFTER_FIGURE.test(text) ? normaliseDigits(text) : text
  if (!DIGITS.test(probe)) return text
  return detectorRead(text)
}

/** A copy of a public answer with every personal number in its text masked (张三 138****5678). */
export function maskPublicOutput<T>(value: T, key = ''): T {
  if (typeof value === 'string') return maskText(key, value) as T
  if (Array.isArray(value)) return value.map((v: unknown) => maskPublicOutput(v, key)) as T
  if (!value || typeof value !== 'object') return value
  const proto = Object.getPrototypeOf(value) as unknown
  if (proto !== Object.prototype && proto !== null) return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) {
    // A stored '__proto__' key stays a plain key of the copy, never its prototype.
    Object.defineProperty(out, k, {
      value: maskPublicOutput(v, k),
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return out as T
}
