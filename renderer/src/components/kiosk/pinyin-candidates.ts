/**
 * Pinyin → Chinese characters for the on-screen keyboard, from simple-keyboard's Chinese layout
 * (about 400 syllables, the commonest characters first). Letters typed in one go ("xiulu") are
 * taken syllable by syllable: the longest known syllable at the front is offered first.
 */
import chinese from 'simple-keyboard-layouts/build/layouts/chinese'

type Candidates = Record<string, string>

const TABLE: Candidates =
  (chinese as typeof chinese & { layoutCandidates?: Candidates }).layoutCandidates ?? {}

/** The longest syllable pinyin has (zhuang, shuang). */
const LONGEST = 6

/** The syllable at the front of `letters` that has characters, longest first; '' if none. */
export function frontSyllable(letters: string, table: Candidates = TABLE): string {
  for (let n = Math.min(LONGEST, letters.length); n > 0; n--) {
    const s = letters.slice(0, n)
    if (table[s]) return s
  }
  return ''
}

/** The characters offered for the front syllable of `letters`, commonest first. */
export function candidatesFor(letters: string, table: Candidates = TABLE): string[] {
  const s = frontSyllable(letters, table)
  return s ? (table[s] ?? '').split(' ').filter(Boolean) : []
}
