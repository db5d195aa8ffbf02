/** Matching one text against a query: Chinese text, full pinyin from a syllable start, initials. */
import { createRequire } from 'node:module'
import type * as PinyinPro from 'pinyin-pro'
import type { SearchHit } from '../../../../contract'

const requireHere = createRequire(import.meta.url)
let pinyinLib: typeof PinyinPro.pinyin | null = null

/**
 * Toneless pinyin per character. pinyin-pro's dictionary (~60 ms to load here, more on an old
 * PC) is loaded by the first text prepared for search, after the first screen, not at core's start.
 */
function pinyinOf(text: string): string[] {
  pinyinLib ??= (requireHere('pinyin-pro') as typeof PinyinPro).pinyin
  return pinyinLib(text, { toneType: 'none', type: 'array' })
}

/** A text prepared for matching: its pinyin worked out once. */
export interface Field {
  /** The text as the public sees it (personal numbers masked), by character. */
  chars: string[]
  /** What a query is matched against: the shown text lower-cased, masked numbers blanked out. */
  lower: string
  /** Toneless pinyin of every character, run together, and where each character starts in it. */
  full: string
  starts: number[]
  initials: string
}

/**
 * Prepares a text: toneless pinyin per character, run together, with each character's start.
 * `matchable` is the same text with what must never match (a masked number) blanked out,
 * character for character; by default the text itself.
 */
export function field(text: string, matchable = text): Field {
  const chars = Array.from(text)
  const matchChars = Array.from(matchable)
  if (matchChars.length !== chars.length) throw new Error('search: matchable text must align')
  const py = pinyinOf(matchable).map((s) => s.toLowerCase())
  const aligned = py.length === chars.length
  const syllables = aligned ? py : matchChars.map((c) => c.toLowerCase())
  const starts: number[] = []
  let full = ''
  for (const s of syllables) {
    starts.push(full.length)
    full += s
  }
  return {
    chars,
    lower: matchChars.map((c) => c.toLowerCase()).join(''),
    full,
    starts,
    initials: syllables.map((s) => s.charAt(0) || ' ').join(''),
  }
}

/** Lower-case, no spaces: what the on-screen keyboard sends is compared this way. */
export function normalizeQuery(q: string): string {
  return q.toLowerCase().replace(/\s+/g, '')
}

export interface Match {
  by: SearchHit['matchedBy']
  /** Character index and length of the match in its field. */
  at: number
  length: number
}

/** Initials this short match only titles: in long texts two letters would match almost anything. */
export const SHORT_INITIALS = 2

/**
 * Where `q` matches one field: by text first, then full pinyin from a syllable start, then
 * initials (in a title always; elsewhere only from three letters on).
 */
export function matchField(f: Field, q: string, isTitle = true): Match | null {
  const qChars = Array.from(q)
  const lowerChars = Array.from(f.lower)
  const textAt = f.lower.indexOf(q)
  if (textAt >= 0) {
    const at = Array.from(f.lower.slice(0, textAt)).length
    return { by: 'text', at, length: Math.min(qChars.length, lowerChars.length - at) }
  }
  if (!/^[a-z]+$/.test(q)) return null
  for (let i = 0; i < f.starts.length; i++) {
    if (!f.full.startsWith(q, f.starts[i]!)) continue
    let end = i + 1
    while (end < f.starts.length && f.starts[end]! < f.starts[i]! + q.length) end++
    return { by: 'pinyin', at: i, length: end - i }
  }
  if (!isTitle && q.length <= SHORT_INITIALS) return null
  const initialAt = f.initials.indexOf(q)
  if (initialAt >= 0) return { by: 'initials', at: initialAt, length: q.length }
  return null
}
