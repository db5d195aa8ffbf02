/**
 * Hides personal numbers (18- and 15-digit ID numbers, 16–19 digit bank cards, mobiles and
 * landlines, in groups, full-width or split over lines) in text: before a villager's question is
 * stored, and in every public answer. What counts as a number is decided by the shared detector
 * alone. Amounts, dates and voucher numbers stay as written. Pure; no I/O.
 */
import type { NumberKind } from '../../../../contract'
import { findNumbers, type NumberHit } from '../privacy/detect'

export { normaliseDigits } from '../privacy/detect'

/** The text with every personal number hidden, and which kinds were found (each kind once). */
export interface MaskResult {
  text: string
  kinds: NumberKind[]
}

export function maskedForm(h: Pick<NumberHit, 'kind' | 'digits' | 'area'>): string {
  const d = h.digits
  switch (h.kind) {
    case 'idCard':
      return d.slice(0, 2) + '*'.repeat(d.length - 4) + d.slice(-2)
    case 'bankCard':
      return `**** **** **** ${d.slice(-4)}`
    case 'mobile': {
      const m = d.slice(-11)
      return `${m.slice(0, 3)}****${m.slice(-4)}`
    }
    case 'landline':
      return h.area ? `${h.area}-****${d.slice(-4)}` : `****${d.slice(-4)}`
  }
}

/** A masked text and where each hidden number now stands in it (UTF-16, end exclusive). */
export interface MaskedSpans extends MaskResult {
  spans: Array<[number, number]>
}

/** Masks every personal number in `text` and says where the masked forms are, for search. */
export function maskWithSpans(text: string): MaskedSpans {
  const hits = findNumbers(text)
  let out = ''
  let at = 0
  const spans: Array<[number, number]> = []
  const kinds: NumberKind[] = []
  for (const h of hits) {
    out += text.slice(at, h.start)
    const masked = maskedForm(h)
    spans.push([out.length, out.length + masked.length])
    out += masked
    at = h.end
    if (!kinds.includes(h.kind)) kinds.push(h.kind)
  }
  out += text.slice(at)
  return { text: out, kinds, spans }
}

/** Masks every personal number in `text`; the rest of the text is returned exactly as given. */
export function maskPersonalNumbers(text: string): MaskResult {
  const { text: out, kinds } = maskWithSpans(text)
  return { text: out, kinds }
}
