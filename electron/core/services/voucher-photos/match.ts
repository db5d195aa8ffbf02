/**
 * Which line a phone photo belongs to, from its file name alone. The rule, as the clerk is told:
 * - the 凭证号: 记-2026-09-001.jpg, 记001.jpg (this period's month), 9-1.jpg (month-number);
 *   a word other than 记 in front (JZ-1.jpg, 付003.jpg) must be the line's own, in any case;
 * - or the date and the amount in yuan: 2026-09-15_1234.56.jpg (also 20260915 1234.56元.jpg);
 * - a second photo of one voucher may end in _2, (2) or （2）.
 * A name that fits no line, or fits several, is left for the clerk to assign by tap.
 */
import { voucherText, type LedgerEntry } from '../../../../contract'

export type PhotoKey =
  | { kind: 'voucher'; year?: number; month?: number; number: number; word?: string }
  | { kind: 'dateAmount'; date: string; amountFen: number }

const COPY_SUFFIX = /(?:_\d{1,2}|\s*[(（]\d{1,2}[)）])$/

/** Yuan text to integer fen without floats: 1234.5 → 123450. */
function fenOf(yuan: string, cents = ''): number {
  return Number(yuan) * 100 + Number(cents.padEnd(2, '0'))
}

/** The key a file name carries, or null when it says nothing the lines can be matched on. */
export function keyOfFileName(fileName: string): PhotoKey | null {
  const stem = voucherText(fileName.replace(/\.[^.]*$/, ''))
    .replace(COPY_SUFFIX, '')
    .replace(/\s+/g, ' ')
  let m = /^(\d{4})-?(\d{2})-?(\d{2})[_ ](\d{1,9})(?:\.(\d{1,2}))?元?$/.exec(stem)
  if (m)
    return { kind: 'dateAmount', date: `${m[1]}-${m[2]}-${m[3]}`, amountFen: fenOf(m[4]!, m[5]) }
  const said = wordOf(stem)
  const word = said.word ? { word: said.word } : {}
  m = /^-?(\d{4})-(\d{1,2})-(\d{1,4})$/.exec(said.rest)
  if (m) return { kind: 'voucher', year: +m[1]!, month: +m[2]!, number: +m[3]!, ...word }
  m = /^-?(\d{1,4})$/.exec(said.rest)
  if (m && said.rest !== stem) return { kind: 'voucher', number: +m[1]!, ...word }
  m = /^(\d{1,2})-(\d{1,4})$/.exec(stem)
  if (m) return { kind: 'voucher', month: +m[1]!, number: +m[2]! }
  return null
}

/**
 * The word in front of a voucher number (jz of jz-1, as `voucherText` gives it) and what follows;
 * 记, the word every village's book uses, says nothing a bare number does not.
 */
function wordOf(key: string): { word: string; rest: string } {
  const m = /^(\p{L}+)(?=-?\d)/u.exec(key)
  if (!m) return { word: '', rest: key }
  return { word: m[1] === '记' ? '' : m[1]!, rest: key.slice(m[1]!.length) }
}

/** A line's 凭证号 as year, month, number: 记-2026-09-001, or a bare number dated by the line. */
export function voucherParts(e: Pick<LedgerEntry, 'voucherNo' | 'date'>) {
  const key = voucherText(e.voucherNo)
  const groups = key.match(/\d+/g) ?? []
  const [y, mo] = e.date.split('-').map(Number)
  const word = wordOf(key).word
  if (groups.length >= 3 && groups[0]!.length === 4) {
    return { year: +groups[0]!, month: +groups[1]!, number: +groups[groups.length - 1]!, word }
  }
  const last = groups[groups.length - 1]
  return last ? { year: y!, month: mo!, number: +last, word } : null
}

/** The one line a key fits, or null when none or several do. */
export function matchLine<E extends Pick<LedgerEntry, 'id' | 'voucherNo' | 'date' | 'amountFen'>>(
  key: PhotoKey,
  lines: readonly E[],
): E | null {
  const fits = lines.filter((e) => {
    if (key.kind === 'dateAmount') return e.date === key.date && e.amountFen === key.amountFen
    const v = voucherParts(e)
    return (
      !!v &&
      v.number === key.number &&
      (key.word === undefined || v.word === key.word) &&
      (key.month === undefined || v.month === key.month) &&
      (key.year === undefined || v.year === key.year)
    )
  })
  return fits.length === 1 ? fits[0]! : null
}
