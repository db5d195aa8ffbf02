/**
 * Hides personal numbers in a villager's question before it is stored: 18- and 15-digit ID
 * numbers, 16–19 digit bank cards, mobiles and landlines, also when written in groups or with
 * full-width digits. Amounts, dates and voucher numbers stay as written. Pure; no I/O.
 */
import type { MaskedKind } from '../../../../contract'

/** The text with every personal number hidden, and which kinds were found (each kind once). */
export interface MaskResult {
  text: string
  kinds: MaskedKind[]
}

// Full-width forms a Chinese IME produces; each maps to one ASCII character, so indices keep.
const WIDE: Record<string, string> = {
  Ｘ: 'X',
  ｘ: 'x',
  '－': '-',
  '—': '-',
  '–': '-',
  '‐': '-',
  '\u3000': ' ',
  '（': '(',
  '）': ')',
  '＋': '+',
}

/** ASCII digits and separators for matching, same length as the input. */
export function normaliseDigits(text: string): string {
  return text.replace(/[０-９Ｘｘ－—–‐\u3000（）＋]/g, (c) =>
    c >= '０' && c <= '９' ? String.fromCharCode(c.charCodeAt(0) - 0xfee0) : (WIDE[c] ?? c),
  )
}

const digitsOf = (s: string) => s.replace(/[^0-9Xx]/g, '')

function maskId(raw: string): string {
  const d = digitsOf(raw)
  return d.slice(0, 2) + '*'.repeat(d.length - 4) + d.slice(-2)
}
const maskCard = (raw: string) => `**** **** **** ${digitsOf(raw).slice(-4)}`
function maskMobile(raw: string): string {
  const d = digitsOf(raw).slice(-11)
  return `${d.slice(0, 3)}****${d.slice(-4)}`
}
function maskLandline(raw: string): string {
  const area = /^\(?(0[1-9]\d{1,2})\)?[ -]?/.exec(raw)
  const tail = digitsOf(raw).slice(-4)
  return area ? `${area[1]}-****${tail}` : `****${tail}`
}
function maskLong(raw: string): string {
  return digitsOf(raw).length === 15 ? maskId(raw) : maskCard(raw)
}

interface Rule {
  kind: MaskedKind | ((raw: string) => MaskedKind)
  re: RegExp
  mask: (raw: string) => string
  /** Only where the words before it say it is a phone number. */
  needsCue?: boolean
}

const B = '(?<![0-9])'
const E = '(?![0-9])'
// Earlier rules win where matches overlap; the long runs come first so a phone inside an ID
// number is never matched on its own.
const RULES: Rule[] = [
  {
    kind: 'idCard',
    re: new RegExp(`${B}\\d{6}([ -]?)\\d{8}\\1\\d{3}[\\dXx]${E}`, 'g'),
    mask: maskId,
  },
  {
    kind: 'bankCard',
    re: new RegExp(`${B}\\d{4}([ -])\\d{4}\\1\\d{4}\\1\\d{4}(?:\\1?\\d{1,3})?${E}`, 'g'),
    mask: maskCard,
  },
  {
    kind: (raw) => (raw.length === 15 ? 'idCard' : 'bankCard'),
    re: new RegExp(`${B}\\d{15,}${E}`, 'g'),
    mask: maskLong,
  },
  {
    kind: 'mobile',
    re: new RegExp(`${B}(?:\\+?86[ -]?)?1[3-9]\\d([ -]?)\\d{4}\\1\\d{4}${E}`, 'g'),
    mask: maskMobile,
  },
  {
    kind: 'landline',
    re: new RegExp(
      `(?:\\(0[1-9]\\d{1,2}\\) ?|${B}0[1-9]\\d{1,2}[ -]?)(?:\\d{7,8}|\\d{3,4}[ -]\\d{4})${E}`,
      'g',
    ),
    mask: maskLandline,
  },
  {
    kind: 'landline',
    re: new RegExp(`${B}[2-9]\\d{2,3}[ -]?\\d{4}${E}`, 'g'),
    mask: maskLandline,
    needsCue: true,
  },
]

// A local number without its area code is only taken for a phone when announced as one.
const CUE = /(?:(?:电话|座机|固话|手机)(?:号码|号)?|拨打|打给?|tel|call)(?:是|为)?[:：\s]*$/i

interface Hit {
  start: number
  end: number
  kind: MaskedKind
  replacement: string
}

function findHits(norm: string): Hit[] {
  const hits: Hit[] = []
  const free = (s: number, e: number) => hits.every((h) => e <= h.start || s >= h.end)
  for (const rule of RULES) {
    for (const m of norm.matchAll(rule.re)) {
      const start = m.index
      const end = start + m[0].length
      if (!free(start, end)) continue
      if (rule.needsCue && !CUE.test(norm.slice(Math.max(0, start - 12), start))) continue
      const kind = typeof rule.kind === 'function' ? rule.kind(m[0]) : rule.kind
      hits.push({ start, end, kind, replacement: rule.mask(m[0]) })
    }
  }
  return hits.sort((a, b) => a.start - b.start)
}

/** Masks every personal number in `text`; the rest of the text is returned exactly as given. */
export function maskPersonalNumbers(text: string): MaskResult {
  const hits = findHits(normaliseDigits(text))
  let out = ''
  let at = 0
  for (const h of hits) {
    out += text.slice(at, h.start) + h.replacement
    at = h.end
  }
  out += text.slice(at)
  const kinds: MaskedKind[] = []
  for (const h of hits) if (!kinds.includes(h.kind)) kinds.push(h.kind)
  return { text: out, kinds }
}
