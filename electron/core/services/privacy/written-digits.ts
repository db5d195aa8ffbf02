/**
 * Digits written as characters (一三八…, 幺 for one, 两 for two, 〇 or 零 for nought, and the 大写 forms
 * 壹贰叁… of cheques and receipts), as some write a number to get past a filter. Each is one
 * UTF-16 unit, so the text read as figures keeps every index of the original.
 */
const HAN_DIGITS: Record<string, string> = {
  〇: '0',
  // The circle an IME offers for 〇 (二○二六年): the same nought to a reader.
  '○': '0',
  零: '0',
  幺: '1',
  一: '1',
  二: '2',
  // What pinyin "liang" offers second (一三八两两…); everyday 两 never makes eleven digits.
  两: '2',
  兩: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
  壹: '1',
  贰: '2',
  貳: '2',
  叁: '3',
  參: '3',
  肆: '4',
  伍: '5',
  陆: '6',
  陸: '6',
  柒: '7',
  捌: '8',
  玖: '9',
}
/** The characters read as digits, for a character class. */
export const WRITTEN_DIGITS = Object.keys(HAN_DIGITS).join('')
const HAN_DIGIT = new RegExp(`[${WRITTEN_DIGITS}]`, 'g')

/** Whether `text` holds a digit written as a character. */
export const hasWrittenDigit = (text: string): boolean => text.search(HAN_DIGIT) >= 0

/** `text` with every digit written as a character turned into its figure, same length. */
export function writtenAsFigures(text: string): string {
  return text.replace(HAN_DIGIT, (c) => HAN_DIGITS[c] ?? c)
}

// Twelve or thirteen digit characters in a row, no figure or digit character on either side.
const LONG_RUN = new RegExp(
  `(?<![${WRITTEN_DIGITS}0-9])[${WRITTEN_DIGITS}]{12,13}(?![${WRITTEN_DIGITS}0-9])`,
  'g',
)
const HAN = /\p{Script=Han}/u
// Stands for a digit character read as part of a word: any character that is no digit.
const WORD = '字'

/**
 * `text` read as figures other ways, for a mobile written in characters between words that end
 * or begin with a digit character (张三一三八…, …五六七八五组): the run's first character left
 * to the word before it, its last to the word after, or both. Empty when no run needs it; each
 * the same length as `text`.
 */
export function figuresApartFromWords(text: string): string[] {
  const runs = [...text.matchAll(LONG_RUN)].map((m) => {
    const start = m.index
    const end = start + m[0].length
    return { start, end, lead: HAN.test(text.charAt(start - 1)), tail: HAN.test(text.charAt(end)) }
  })
  if (!runs.some((r) => r.lead || r.tail)) return []
  const apart = (lead: boolean, tail: boolean): string => {
    const chars = text.split('')
    for (const r of runs) {
      const wanted = r.end - r.start - (lead ? 1 : 0) - (tail ? 1 : 0) === 11
      if (!wanted || (lead && !r.lead) || (tail && !r.tail)) continue
      if (lead) chars[r.start] = WORD
      if (tail) chars[r.end - 1] = WORD
    }
    return writtenAsFigures(chars.join(''))
  }
  return [apart(true, false), apart(false, true), apart(true, true)]
}
