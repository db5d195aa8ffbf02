/**
 * Whether an answer names who asked. The answering cadre sees the asker's name and phone in the
 * inbox (for a call-back), and the answer goes public at once: "陈大明同志您好" or "已回电
 * 139*1234*5678" would tell the village who questioned the cadres. Both are compared with what
 * draws nothing, spaces, marks and symbols taken out (陈 大·明, 139~1234~5678), and the phone
 * also with digits written as characters (一三九…) read as figures. Pure; no I/O.
 */
import { normaliseDigits } from '../privacy/detect'
import { writtenAsFigures } from '../privacy/written-digits'
import { replaceAsRead } from './compat-spans'

const FILLER = /[\s\p{P}\p{S}\p{Cf}\p{M}\p{Default_Ignorable_Code_Point}]/gu
/** A name this short (one character, a surname alone) matches too much ordinary text to refuse. */
const NAME_MIN = 2
/** A phone number shorter than this (an extension, a typo) says nothing on its own. */
const PHONE_MIN = 7

const bare = (s: string) => s.normalize('NFKC').replace(FILLER, '')
/**
 * What may sit inside a written name and still be it: spaces, dots and dashes, marks and
 * invisible characters (陈 大·明). Not a sentence's punctuation: 老王，明天 is no 王明.
 */
const NAME_FILLER = /[\s\p{Cf}\p{M}\p{Default_Ignorable_Code_Point}·・‧•.\-_*~]/gu
/** What a hidden name becomes, whatever its length (a count of stars would tell it). */
const HIDDEN_NAME = '***'

/**
 * What a villager who would rather not give a name types in the 姓名 box instead: who they are,
 * not a name. Hidden as one, every 村民代表会议 in the question lost its 村民, and every answer
 * speaking of 村民 was refused as naming the asker.
 */
const NOT_NAMES = new Set([
  '村民',
  '一村民',
  '一个村民',
  '本村村民',
  '村民代表',
  '群众',
  '一群众',
  '老百姓',
  '百姓',
  '农民',
  '居民',
  '党员',
  '匿名',
  '无名',
  '不留',
  '不留名',
  '保密',
  '不详',
  '本人',
  '提问人',
])

/** The asker's name as compared, or '' when it is too short or no name (NOT_NAMES). */
function nameOf(name: string): string {
  const b = bare(name)
  return [...b].length >= NAME_MIN && !NOT_NAMES.has(b) ? b : ''
}

/**
 * `text` with every writing of the asker's own name (however spaced or marked, 陈 大·明, or typed
 * with compatibility characters, 李⼤明) put as ***: the contact step promises the name only reaches the cadres, and a villager often signs
 * the question too. A one-character name is left (it matches too much).
 */
export function hideAskerName(text: string, name: string): { text: string; hidden: boolean } {
  const pattern = namePattern(name)
  if (!pattern) return { text, hidden: false }
  // Found as the text reads (李 U+F9E1 is 李), hidden where it was typed.
  const out = replaceAsRead(text, pattern, HIDDEN_NAME)
  return { text: out, hidden: out !== text }
}

/**
 * Every writing of the asker's name (as nameOf compares it), or null when there is none. Between
 * two characters the name wrote together only what may sit inside a name (NAME_FILLER); where
 * the name itself had punctuation or a symbol (王明（三组）, 三组：王明), any such may stand.
 */
function namePattern(name: string): RegExp | null {
  if (!nameOf(name)) return null
  // Matched against the text in NFKC (ＬＩＵ is LIU there), either case (the i flag).
  const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const narrow = `${NAME_FILLER.source}*`
  const broad = `${FILLER.source}*`
  let source = ''
  let gap = ''
  for (const c of name.normalize('NFKC')) {
    if (new RegExp(`^${FILLER.source}$`, 'u').test(c)) {
      if (source && !new RegExp(`^${NAME_FILLER.source}$`, 'u').test(c)) gap = broad
      continue
    }
    source += source ? `${gap || narrow}${escape(c)}` : escape(c)
    gap = ''
  }
  return new RegExp(source, 'giu')
}

/** Which of the asker's details `text` holds, if any. */
export function askerIn(
  text: string,
  asker: { name: string; phone: string },
): 'name' | 'phone' | null {
  const name = nameOf(asker.name)
  if (name && namePattern(asker.name)?.test(text.normalize('NFKC'))) return 'name'
  const phone = asker.phone.replace(/\D/g, '')
  if (phone.length >= PHONE_MIN) {
    const figures = normaliseDigits(writtenAsFigures(text)).replace(FILLER, '')
    if (figures.includes(phone)) return 'phone'
  }
  return null
}
