/**
 * A villager's question goes on the public board at once, with no cadre reading it first. Over
 * what the shared detector masks, a looser pass for this text alone: digit groups joined by up to
 * three spaces, punctuation marks or symbols (，、~ * …), or with l or I typed for a one, are
 * masked wherever they make a mobile, a real ID or a UnionPay card (check digits holding). Lists
 * of amounts, dates and group numbers make none of these and stay as written; a decimal point
 * ends a group, so amounts are never joined into one.
 */
import type { MaskedKind } from '../../../../contract'
import { normaliseDigits, realId, realUnionPay, type NumberHit } from '../privacy/detect'
import { maskedForm, maskPersonalNumbers, type MaskResult } from './mask-numbers'

const GROUP = /[0-9]+(?:[Xx](?![A-Za-z]))?/g
const SEP = /^[\s\p{P}\p{S}]{1,3}$/u
const DECIMAL = /[.。．]/
// l, I or | typed for a one, beside a figure.
const LETTER_ONE = /(?<=[0-9])[lI|]|[lI|](?=[0-9])/g
// The most groups one number is taken from (a mobile digit by digit has eleven).
const MAX_GROUPS = 11

interface Span {
  start: number
  end: number
  digits: string
}

function kindOf(d: string): MaskedKind | null {
  if (/^1[3-9]\d{9}$/.test(d)) return 'mobile'
  if (d.length === 18 && realId(d)) return 'idCard'
  if (realUnionPay(d)) return 'bankCard'
  return null
}

/** Groups run together across the loose separators, each chain on its own. */
function chainsOf(norm: string): Span[][] {
  const chains: Span[][] = []
  let chain: Span[] = []
  for (const m of norm.matchAll(GROUP)) {
    const g = { start: m.index, end: m.index + m[0].length, digits: m[0] }
    const prev = chain.at(-1)
    const gap = prev ? norm.slice(prev.end, g.start) : ''
    if (prev && (!SEP.test(gap) || DECIMAL.test(gap) || /[Xx]$/.test(prev.digits))) {
      chains.push(chain)
      chain = []
    }
    chain.push(g)
  }
  if (chain.length) chains.push(chain)
  return chains
}

function looseHits(text: string): Array<Pick<NumberHit, 'start' | 'end' | 'kind' | 'digits'>> {
  const norm = normaliseDigits(text).replace(LETTER_ONE, '1')
  const hits: Array<Pick<NumberHit, 'start' | 'end' | 'kind' | 'digits'>> = []
  for (const chain of chainsOf(norm)) {
    let i = 0
    while (i < chain.length) {
      let taken = 0
      for (let j = Math.min(chain.length, i + MAX_GROUPS) - 1; j >= i; j--) {
        const d = chain
          .slice(i, j + 1)
          .map((g) => g.digits)
          .join('')
        const kind = kindOf(d)
        if (!kind) continue
        hits.push({ start: chain[i]!.start, end: chain[j]!.end, kind, digits: d })
        taken = j - i + 1
        break
      }
      i += taken || 1
    }
  }
  return hits
}

/** The question as the public board shows it: the shared mask, then the looser pass above. */
export function maskQuestionText(text: string): MaskResult {
  const strict = maskPersonalNumbers(text)
  const hits = looseHits(strict.text)
  if (hits.length === 0) return strict
  const kinds = [...strict.kinds]
  let out = ''
  let at = 0
  for (const h of hits) {
    out += strict.text.slice(at, h.start) + maskedForm(h)
    at = h.end
    if (!kinds.includes(h.kind)) kinds.push(h.kind)
  }
  return { text: out + strict.text.slice(at), kinds }
}
