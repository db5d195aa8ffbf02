/**
 * The one detector of personal numbers (身份证号, bank card, mobile, landline): the save check
 * and the public mask both ask it, so they can never disagree. A number is read as groups of
 * digits joined by spaces, dots (。 too, what '.' types in Chinese punctuation mode), dashes,
 * brackets, slashes or line breaks, in ASCII or full-width forms (or, for the shapes only a real
 * number has, the keyboard's ：、，； and digits written as characters); only groupings people really write count, so amounts, dates and voucher numbers stay
 * alone, except that a real ID or UnionPay card (their check digits hold), or a mobile number
 * announced as one (手机, 电话…), counts however it is split.
 */
import type { NumberKind } from '../../../../contract'
import { otherDigits, pastMarks } from './other-digits'
import { figuresApartFromWords, hasWrittenDigit, writtenAsFigures } from './written-digits'

// Full-width and look-alike forms an IME produces; each maps to one ASCII character, so every
// index of the normalised text is the index of the same character in the original.
const WIDE: Record<string, string> = {
  Ｘ: 'X',
  ｘ: 'x',
  '－': '-',
  '—': '-',
  '–': '-',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '−': '-',
  '﹣': '-',
  '\u3000': ' ',
  '\u00a0': ' ',
  '（': '(',
  '）': ')',
  '＋': '+',
  '／': '/',
  '＿': '_',
  '．': '.',
  '·': '.',
  // The ideographic full stops: what the '.' key types in a Chinese IME's punctuation mode.
  '。': '.',
  '｡': '.',
  '：': ':',
  '，': ',',
  '；': ';',
}
const WIDE_RE = /[０-９Ｘｘ－—–‐‑‒−﹣\u3000\u00a0（）＋．·。｡／＿：，；]/g

// Every other space (thin, en, narrow no-break… as pasted from Word, WPS or a web page).
const SPACE_RE = /[\p{Zs}\u2028\u2029]/gu
// Characters that draw nothing (soft hyphen, word joiner, zero-width space, direction marks,
// the combining grapheme joiner, variation selectors, the Hangul fillers) or nothing but a mark
// on the figure before (an underline, a keycap): a number split by them still shows whole.
const INVISIBLE = /^[\p{Cf}\p{Default_Ignorable_Code_Point}\p{M}]+$/u

// The letter O typed for a nought right after a figure (138OO138000): a nought, unless a letter
// follows (a model number's 2Ox stays); what is no personal number stays as typed anyway.
const LETTER_O = /(?<=[0-9])[Oo]+(?![A-Za-z])/g

/** ASCII digits and separators for matching, same length as the input. */
export function normaliseDigits(text: string): string {
  return otherDigits(text)
    .replace(WIDE_RE, (c) =>
      c >= '０' && c <= '９' ? String.fromCharCode(c.charCodeAt(0) - 0xfee0) : (WIDE[c] ?? c),
    )
    .replace(SPACE_RE, ' ')
    .replace(LETTER_O, (o) => '0'.repeat(o.length))
}

/** One personal number: where it is in the text (UTF-16 indices) and what it is. */
export interface NumberHit {
  start: number
  end: number
  kind: NumberKind
  /** Its digits run together (an ID's final X kept). */
  digits: string
  /** A landline's area code when written, for the masked form 0515-****5678. */
  area?: string
}

interface Group {
  start: number
  end: number
  digits: string
}

// A group: a run of digits, an ID's check letter X allowed at its end (after a space or two
// when the digits are an ID's first seventeen).
const GROUP = /[0-9]{17} {1,3}[Xx](?![A-Za-z0-9])|[0-9]+(?:[Xx](?![A-Za-z0-9]))?/g
// What may stand between the groups of one number: 1–3 spaces, dots, dashes, brackets, slashes,
// underscores or line breaks, a run of spaces and breaks counting as one (a screen shows a run
// of spaces as one, a 公示 cell its line breaks as a space).
const GAP = /^[ .\-()/_]{1,3}$/
// The kiosk keyboard's other keys between groups (： 、 ， ； and the rest of its 符号 page, the %
// of its 数字 page): lists and times are written with them too (150、2000、3000元, 13:45:20), so
// across them only a real number's own shape counts (see strictNumber).
const LOOSE_GAP = /^[ .\-()/_:,;、?!？！"“”《》…%]{1,3}$/
const gapOf = (between: string) =>
  between.replace(/[\p{Cf}\p{Default_Ignorable_Code_Point}\p{M}]/gu, '').replace(/[ \t\r\n]+/g, ' ')
// A local number without its area code is only taken for a phone when announced as one.
const CUE = /(?:(?:电话|座机|固话|手机)(?:号码|号)?|拨打|打给?|tel|call)(?:是|为)?[:：\s]*$/i
// An account announced as one: any length a passbook or card number has is taken.
const ACCOUNT_CUE = /(?:账号|帐号|卡号|存折号?|折号)(?:码)?(?:是|为)?[:：\s]*$/
const YEAR = /^(?:19|20)\d\d$/
// A unit right after groups split by spaces says they are amounts in a row (交了150 2000 3000元),
// not a mobile, however they fall. Only units that begin no common word or name after a phone:
// 毛 and 万 are surnames (and 万家村 a village), 角落 and 亩产 words; 元月, 元旦, 元宵 are days.
const UNIT_AFTER = /^ {0,2}(?:元(?![旦宵月宝件素气老首帅年代朝器])|块|斤|公斤|吨)/

// GB 11643: the weights of an ID's first 17 digits, and the check character for sum mod 11.
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK = '10X98765432'
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** An 18-character ID whose birth date is a date and whose check character is right. */
export function realId(d: string): boolean {
  if (!/^[1-9]\d{16}[\dXx]$/.test(d)) return false
  const [y, m, day] = [d.slice(6, 10), Number(d.slice(10, 12)), Number(d.slice(12, 14))]
  if (!YEAR.test(y) || m < 1 || m > 12 || day < 1 || day > MONTH_DAYS[m - 1]!) return false
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(d[i]), 0)
  return ID_CHECK[sum % 11] === d[17]!.toUpperCase()
}

/** A UnionPay card number (62…, 16–19 digits) whose Luhn check digit is right. */
export function realUnionPay(d: string): boolean {
  if (!/^62\d{14,17}$/.test(d)) return false
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i])
    if (i % 2) x = x * 2 > 9 ? x * 2 - 9 : x * 2
    sum += x
  }
  return sum % 10 === 0
}

const same = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((x, i) => x === b[i])
const isMobile = (d: string) => /^1[3-9]\d{9}$/.test(d)

/**
 * Digit groups run together by the separators between them, each run scanned on its own. Groups
 * with only invisible characters between them are one group, as they look on the screen; an
 * invisible character beside a separator does not count towards the gap.
 */
function runsOf(norm: string, gapRule: RegExp = GAP): Group[][] {
  const runs: Group[][] = []
  let run: Group[] = []
  for (const m of norm.matchAll(GROUP)) {
    const g = { start: m.index, end: m.index + m[0].length, digits: m[0].replace(/ /g, '') }
    const prev = run.at(-1)
    const gap = prev ? norm.slice(prev.end, g.start) : ''
    if (prev && INVISIBLE.test(gap) && !/[Xx]$/.test(prev.digits)) {
      prev.end = g.end
      prev.digits += g.digits
      continue
    }
    if (prev && !gapRule.test(gapOf(gap))) {
      runs.push(run)
      run = []
    }
    run.push(g)
  }
  if (run.length) runs.push(run)
  return runs
}

type Found = Pick<NumberHit, 'kind' | 'area'>

/** A number written without separators (or digit by digit). */
function contiguous(d: string, cued: boolean): Found | null {
  const n = d.length
  if (/[Xx]$/.test(d)) return n === 18 ? { kind: 'idCard' } : null
  if (n === 18 || n === 15) return { kind: 'idCard' }
  if (n >= 16) return { kind: 'bankCard' }
  if (n === 13 && d.startsWith('86') && isMobile(d.slice(2))) return { kind: 'mobile' }
  if (n === 11 && isMobile(d)) return { kind: 'mobile' }
  if (n >= 10 && n <= 12 && /^0[1-9]/.test(d))
    return { kind: 'landline', area: d.slice(0, /^0[12]/.test(d) ? 3 : 4) }
  if ((n === 7 || n === 8) && /^[2-9]/.test(d) && cued) return { kind: 'landline' }
  return null
}

/** A number written in groups: only the groupings people use for each kind. */
function grouped(gs: readonly Group[], d: string, cued: boolean, dotted: boolean): Found | null {
  const lens = gs.map((g) => g.digits.length)
  const n = d.length
  const last = lens.length - 1
  if (gs.slice(0, last).some((g) => /[Xx]$/.test(g.digits))) return null
  if (lens.every((l) => l === 1)) return contiguous(d, cued)
  const tailFree = lens.slice(1, last).every((l) => l >= 3)
  if ((n === 18 && /^\d{17}[\dXx]$/.test(d)) || (n === 15 && /^\d{15}$/.test(d))) {
    if (lens[0] === 6 && tailFree) return { kind: 'idCard' }
    if (same(lens, [3, 3, 4, 4, 4]) || same(lens, [4, 4, 4, 4, 2])) return { kind: 'idCard' }
    // However it is split after its six-digit area code (a line break, a slip of the space
    // bar), a real ID is one. Not across a decimal point, and not from a short first group: a
    // date, a voucher number and an amount in a row can pass the check by chance.
    if (!dotted && lens[0]! >= 6 && lens.length <= 6 && realId(d)) return { kind: 'idCard' }
  }
  if (/[Xx]$/.test(d)) return null
  if (n >= 16 && n <= 19) {
    const fours = lens.length >= 4 && lens.slice(0, last).every((l) => l === 4) && lens[last]! <= 4
    const years = gs.every((g) => YEAR.test(g.digits))
    if ((fours && !years) || (lens.length === 2 && lens[0] === 6)) return { kind: 'bankCard' }
    if (
      !dotted &&
      lens[0]! >= 4 &&
      lens.length <= 5 &&
      lens.every((l) => l >= 3) &&
      realUnionPay(d)
    )
      return { kind: 'bankCard' }
  }
  const phone = lens[0] === 2 && d.startsWith('86') ? lens.slice(1) : lens
  const mobile = d.length === 11 ? d : d.startsWith('86') ? d.slice(2) : ''
  // A mobile as people group it; announced as a phone (手机, 电话…), however the groups fall
  // (1381 2345 678). Unannounced, amounts in a row (168.00 3500.00) would pass for one.
  const usual = [[3, 4, 4], [3, 8], [7, 4], [11]].some((p) => same(phone, p))
  const announced = cued && phone.length <= 4 && phone.every((l) => l >= 2)
  if (isMobile(mobile) && (usual || announced)) return { kind: 'mobile' }
  const rest = lens.slice(1)
  if (/^0[1-9]/.test(d) && (lens[0] === 3 || lens[0] === 4)) {
    if (same(rest, [7]) || same(rest, [8]) || same(rest, [3, 4]) || same(rest, [4, 4]))
      return { kind: 'landline', area: gs[0]!.digits }
  }
  if (cued && /^[2-9]/.test(d) && (same(lens, [3, 4]) || same(lens, [4, 4])))
    return { kind: 'landline' }
  return null
}

// Enough for a number typed digit by digit (1 3 8 1 2 3 4 5 6 7 8).
const MAX_GROUPS = 20

type Judge = (gs: readonly Group[], d: string, cued: boolean, gaps: string[]) => Found | null

/**
 * The judge's verdict on the groups; where they end in an X that makes no ID, on the groups
 * without it: a number with an x typed after it (13800138000x) is still the number, the x left
 * as typed.
 */
function judgeWithX(
  judge: Judge,
  gs: readonly Group[],
  d: string,
  cued: boolean,
  gaps: string[],
): (Found & { end: number; digits: string }) | null {
  const last = gs.at(-1)!
  const found = judge(gs, d, cued, gaps)
  if (found) return { ...found, end: last.end, digits: d }
  if (!/[0-9][Xx]$/.test(d)) return null
  const bare = { ...last, end: last.end - 1, digits: last.digits.slice(0, -1) }
  const without = judge([...gs.slice(0, -1), bare], d.slice(0, -1), cued, gaps)
  return without ? { ...without, end: bare.end, digits: d.slice(0, -1) } : null
}

/** Groups split by spaces alone (or line breaks) with a unit of money or weight right after. */
const amountsInRow = (gaps: readonly string[], after: string) =>
  gaps.length > 0 && gaps.every((g) => gapOf(g) === ' ') && UNIT_AFTER.test(after)

/** The numbers across the usual separators: within a run the longest from the leftmost group. */
function scan(norm: string, gapRule: RegExp, judge: Judge, cue: RegExp = CUE): NumberHit[] {
  const hits: NumberHit[] = []
  for (const run of runsOf(norm, gapRule)) {
    let i = 0
    while (i < run.length) {
      const cued = cue.test(norm.slice(Math.max(0, run[i]!.start - 12), run[i]!.start))
      let taken = 0
      for (let j = Math.min(run.length, i + MAX_GROUPS) - 1; j >= i; j--) {
        const gs = run.slice(i, j + 1)
        const d = gs.map((g) => g.digits).join('')
        // A single run of digits longer than any number is still masked (an ID and a phone
        // pasted together); a long chain of groups is not one number.
        if (d.length > 24 && gs.length > 1) continue
        const gaps = gs.slice(1).map((g, k) => norm.slice(gs[k]!.end, g.start))
        const hit = judgeWithX(judge, gs, d, cued, gaps)
        if (!hit || (hit.kind === 'mobile' && !cued && amountsInRow(gaps, norm.slice(hit.end))))
          continue
        let start = gs[0]!.start
        // A leading + of +86, or the bracket of (0515), belongs to the number.
        if (/[+(]/.test(norm.charAt(start - 1))) start--
        hits.push({ start, ...hit })
        taken = j - i + 1
        break
      }
      i += taken || 1
    }
  }
  return hits
}

const usualNumber = (gs: readonly Group[], d: string, cued: boolean, gaps: string[]) =>
  gs.length === 1
    ? contiguous(d, cued)
    : grouped(
        gs,
        d,
        cued,
        gaps.some((g) => g.includes('.')),
      )

/**
 * Across the keyboard's other keys (：、，。；), only a shape no list or time has: a mobile split
 * 3-4-4 and announced as one (or split by colons), a real ID from its area code, a UnionPay card
 * whose check digit holds.
 */
function strictNumber(
  gs: readonly Group[],
  d: string,
  cued: boolean,
  gaps: string[],
): Found | null {
  if (gs.length < 2) return null
  const lens = gs.map((g) => g.digits.length)
  if (gs.slice(0, -1).some((g) => /[Xx]$/.test(g.digits))) return null
  const dotted = gaps.some((g) => /[.。]/.test(g))
  if (!dotted && lens[0]! >= 6 && lens.length <= 6 && realId(d)) return { kind: 'idCard' }
  if (/[Xx]$/.test(d)) return null
  const colons = gaps.every((g) => /^[\s:]+$/.test(g))
  // A list of four-digit amounts (6200、1500、3000、2008元) passes the check digit one time in
  // ten: a card split by 、，。 is not taken, only one split by colons.
  if (colons && lens[0]! >= 4 && lens.length <= 5 && lens.every((l) => l >= 3) && realUnionPay(d))
    return { kind: 'bankCard' }
  if (isMobile(d) && same(lens, [3, 4, 4]) && (cued || colons)) return { kind: 'mobile' }
  return null
}

/**
 * A number written (in part) with characters, 一三八 or 壹叁捌: only a shape no count, date or
 * amount has, whatever the keys between the groups. A mobile whole or split 3-4-4 (or any way
 * when announced), a real ID from its area code, a UnionPay card whose check digit holds.
 */
function writtenNumber(
  gs: readonly Group[],
  d: string,
  cued: boolean,
  gaps: string[],
): Found | null {
  const lens = gs.map((g) => g.digits.length)
  if (gs.slice(0, -1).some((g) => /[Xx]$/.test(g.digits))) return null
  const dotted = gaps.some((g) => /[.。]/.test(g))
  const announced = cued && lens.length <= 4 && lens.every((l) => l >= 2)
  // 一 三 八 一 二 …: written one character at a time, as 1 3 8 1 2 … is caught in figures.
  const single = lens.every((l) => l === 1)
  if (isMobile(d) && (lens.length === 1 || single || same(lens, [3, 4, 4]) || announced))
    return { kind: 'mobile' }
  if (single && d.length === 18 && realId(d)) return { kind: 'idCard' }
  if (!dotted && lens[0]! >= 6 && lens.length <= 6 && realId(d)) return { kind: 'idCard' }
  if (!dotted && lens.length <= 5 && lens.every((l) => l >= 3) && realUnionPay(d))
    return { kind: 'bankCard' }
  return null
}

// Between the digits: anything but letters and figures, and what draws nothing (the Hangul
// fillers are letters to Unicode, yet show as nothing between two digits).
const ELEVEN_CLOSE = /[0-9](?:(?:[^\p{L}\p{N}]|\p{Default_Ignorable_Code_Point}){0,8}[0-9]){10}/u

/** An account announced as one (账号, 卡号, 存折…): 12 to 24 digits in any usual grouping. */
function accountNumber(
  gs: readonly Group[],
  d: string,
  cued: boolean,
  gaps: string[],
): Found | null {
  if (!cued || d.length < 12 || d.length > 24 || /[Xx]/.test(d)) return null
  if (gaps.some((g) => g.includes('.'))) return null
  return gs.slice(0, -1).every((g) => g.digits.length >= 3) ? { kind: 'bankCard' } : null
}

/** Hits with no two overlapping: from the left, the longest where two begin together. */
function oneEach(hits: NumberHit[]): NumberHit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end)
  const out: NumberHit[] = []
  for (const h of sorted) if (h.start >= (out.at(-1)?.end ?? 0)) out.push(h)
  return out
}

/**
 * Every personal number in `text`, in order. Within a run of groups the longest number from the
 * leftmost group wins, and a number never starts or ends inside a group.
 */
export function findNumbers(text: string): NumberHit[] {
  const norm = normaliseDigits(text)
  const hits = scan(norm, GAP, usualNumber)
  const free = (h: NumberHit) => hits.every((k) => h.end <= k.start || h.start >= k.end)
  const figures = hasWrittenDigit(norm) ? writtenAsFigures(norm) : ''
  // Characters like 一 and 三 are everywhere in Chinese: scan only where eleven digits stand
  // close together, as the shortest number read this way (a mobile) needs. A number or an
  // announced account written in characters is judged by the same shapes as in figures.
  const close = ELEVEN_CLOSE.test(figures)
  // Words ending or beginning in a digit character beside the number (张三一三八…, …八五组) are
  // read apart too.
  const apart = close ? figuresApartFromWords(norm) : []
  const written = close
    ? [
        ...scan(figures, LOOSE_GAP, writtenNumber),
        ...scan(figures, GAP, accountNumber, ACCOUNT_CUE),
        ...apart.flatMap((f) => scan(f, LOOSE_GAP, writtenNumber)),
      ].filter((h) => hasWrittenDigit(norm.slice(h.start, h.end)))
    : []
  const more = oneEach(
    [
      ...scan(norm, LOOSE_GAP, strictNumber),
      ...scan(norm, GAP, accountNumber, ACCOUNT_CUE),
      ...written,
    ].filter(free),
  )
  const all = more.length ? [...hits, ...more].sort((a, b) => a.start - b.start) : hits
  return all.map((h) => ({ ...h, end: pastMarks(text, h.end) }))
}
