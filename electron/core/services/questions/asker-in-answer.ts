/**
 * Whether an answer names who asked. The answering cadre sees the asker's name and phone in the
 * inbox (for a call-back), and the answer goes public at once: "陈大明同志您好" or "已回电
 * 139*1234*5678" would tell the village who questioned the cadres. Both are compared with what
 * draws nothing, spaces, marks and symbols taken out (陈 大·明, 139~1234~5678), and the phone
 * also with digits written as characters (一三九…) read as figures. Pure; no I/O.
 */
import { normaliseDigits } from '../privacy/detect'
import { writtenAsFigures } from '../privacy/written-digits'

const FILLER = /[\s\p{P}\p{S}\p{Cf}\p{M}\p{Default_Ignorable_Code_Point}]/gu
/** A name this short (one character, a surname alone) matches too much ordinary text to refuse. */
const NAME_MIN = 2
/** A phone number shorter than this (an extension, a typo) says nothing on its own. */
const PHONE_MIN = 7

const bare = (s: string) => s.normalize('NFKC').replace(FILLER, '')

/**
 * `text` with every writing of the asker's own name (however spaced or marked, 陈 大·明) put as
 * one * per character: the contact step promises the name only reaches the cadres, and a
 * villager often signs the question too. A one-character name is left (it matches too much).
 */
export function hideAskerName(text: string, name: string): { text: string; hidden: boolean } {
  const chars = [...bare(name)]
  if (chars.length < NAME_MIN) return { text, hidden: false }
  const filler = FILLER.source
  const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const pattern = new RegExp(chars.map(escape).join(`${filler}*`), 'gu')
  const out = text.replace(pattern, '*'.repeat(chars.length))
  return { text: out, hidden: out !== text }
}

/** Which of the asker's details `text` holds, if any. */
export function askerIn(
  text: string,
  asker: { name: string; phone: string },
): 'name' | 'phone' | null {
  const name = bare(asker.name)
  if (name.length >= NAME_MIN && bare(text).includes(name)) return 'name'
  const phone = asker.phone.replace(/\D/g, '')
  if (phone.length >= PHONE_MIN) {
    const figures = normaliseDigits(writtenAsFigures(text)).replace(FILLER, '')
    if (figures.includes(phone)) return 'phone'
  }
  return null
}
