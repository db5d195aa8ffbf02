/**
 * A villager's question goes on the public board at once, with no cadre reading it first. Over
 * what the shared detector masks, a looser pass for this text alone, for numbers split on purpose
 * to get past it:
 * - groups joined by symbols no list uses (138~0013~8000, 138*0013*8000), or a number with l or I
 *   typed for a one, are masked wherever they make a mobile, a real ID or a UnionPay card;
 * - groups joined by spaces or the marks lists and times use (、，：- …) make a mobile or a card
 *   only where a phone or account is announced beside them (号码, 联系, 打给我, 银行卡 …):
 *   150、2000、3000元 is split exactly as a mobile is;
 * - a real ID (its date and check character holding) is masked however it is split.
 * A decimal point ends a group, so amounts are never joined into one.
 */
import type { NumberKind } from '../../../../contract'
import { normaliseDigits, realId, realUnionPay, type NumberHit } from '../privacy/detect'
import { pastMarks } from '../privacy/other-digits'
import { maskedForm, maskPersonalNumbers, type MaskResult } from './mask-numbers'

const GROUP = /[0-9]+(?:[Xx](?![A-Za-z]))?/g
const SEP = /^[\s\p{P}\p{S}]{1,3}$/u
const DECIMAL = /[.。．]/
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}\p{M}]/gu
// Spaces and the marks lists, times and ranges are written with.
const LIST_MARK = /[\s、，,;；:：/|\-—–_]/
// A phone or an account announced just before the number, or just after it.
// Right beside it: 电话问过，交了150、2000、3000元 announces no phone.
const CUE_BEFORE =
  /(?:电话|手机|号码|联系方式|联系|致电|拨打|打给|打这个|打我|找我|微信|银行卡|卡号|账号|帐号|存折|tel|call)(?:号码|号)?(?:是|为)?[:：\s]*$/i
const CUE_AFTER = /^[\s，,。]{0,2}(?:打给我|打我|找我|联系我|给我打)/
// A unit right after the list says what it is: 139、2000、3000元 is money whatever stands before.
const UNIT_AFTER = /^\s?(?:元|块|角|万|亿|亩|斤|公斤|吨|米|平|年|月|日|号|人|户|个|次|组|%|％)/
// l or I typed for a one, beside a figure.
const LETTER_ONE = /(?<=[0-9])[lI]|[lI](?=[0-9])/g
// The most groups one number is taken from (a mobile digit by digit has eleven).
const MAX_GROUPS = 11

interface Span {
  start: number
  end: number
  digits: string
  /** Joined to the group before by a space or a list mark (not set on a chain's first group). */
  listed?: boolean
}

function kindOf(d: string, announced: boolean): NumberKind | null {
  if (d.length === 18 && realId(d)) return 'idCard'
  if (!announced) return null
  if (/^1[3-9]\d{9}$/.test(d)) return 'mobile'
  if (realUnionPay(d)) return 'bankCard'
  return null
}

/** Groups run together across the loose separators, each chain on its own. */
function chainsOf(norm: string): Span[][] {
  const chains: Span[][] = []
  let chain: Span[] = []
  for (const m of norm.matchAll(GROUP)) {
    const g: Span = { start: m.index, end: m.index + m[0].length, digits: m[0] }
    const prev = chain.at(-1)
    // What draws nothing does not count between groups (138\u200B~0013 shows as 138~0013), and
    // figures with only that between them are one group (1̲3̲8̲, as it looks).
    const gap = prev ? norm.slice(prev.end, g.start).replace(INVISIBLE, '') : ''
    if (prev && gap === '' && !/[Xx]$/.test(prev.digits)) {
      prev.end = g.end
      prev.digits += g.digits
      continue
    }
    if (prev && (!SEP.test(gap) || DECIMAL.test(gap) || /[Xx]$/.test(prev.digits))) {
      chains.push(chain)
      chain = []
    } else if (prev && LIST_MARK.test(gap)) g.listed = true
    chain.push(g)
  }
  if (chain.length) chains.push(chain)
  return chains
}

function looseHits(text: string): Array<Pick<NumberHit, 'start' | 'end' | 'kind' | 'digits'>> {
  // Twice: an o before an l (l38ool38ooo) is a nought only once the l is a one.
  const norm = normaliseDigits(normaliseDigits(text).replace(LETTER_ONE, '1'))
  const hits: Array<Pick<NumberHit, 'start' | 'end' | 'kind' | 'digits'>> = []
  for (const chain of chainsOf(norm)) {
    let i = 0
    while (i < chain.length) {
      let taken = 0
      for (let j = Math.min(chain.length, i + MAX_GROUPS) - 1; j >= i; j--) {
        const gs = chain.slice(i, j + 1)
        const d = gs.map((g) => g.digits).join('')
        const [start, end] = [gs[0]!.start, gs.at(-1)!.end]
        const after = norm.slice(end, end + 8)
        const announced =
          gs.slice(1).every((g) => !g.listed) ||
          (!UNIT_AFTER.test(after) &&
            (CUE_BEFORE.test(norm.slice(Math.max(0, start - 12), start)) || CUE_AFTER.test(after)))
        const kind = kindOf(d, announced)
        if (!kind) continue
        hits.push({ start, end: pastMarks(text, end), kind, digits: d })
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
