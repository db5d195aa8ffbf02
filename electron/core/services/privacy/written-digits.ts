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

// The first of exactly twelve digit characters in a row right after another Han character: the
// end of a name or word (张三, 李四, 王五), with a whole mobile written after it (张三一三八…).
const WORD_END_DIGIT = new RegExp(
  `(?<=\\p{Script=Han})(?<![${WRITTEN_DIGITS}])[${WRITTEN_DIGITS}](?=[${WRITTEN_DIGITS}]{11}(?![${WRITTEN_DIGITS}0-9]))`,
  'gu',
)

/**
 * `text` read as figures a second way, each such digit character left as a word's last one (so
 * 张三一三八… reads 张?138…); null when there is none. Same length as `text`.
 */
export function figuresAfterWords(text: string): string | null {
  if (!text.match(WORD_END_DIGIT)) return null
  return writtenAsFigures(text.replace(WORD_END_DIGIT, '字'))
}
