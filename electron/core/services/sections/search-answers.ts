/**
 * Answers already worked out over one built index. Every search starts with one letter, the
 * dearest keystroke (thousands of texts share a first letter: ~15 ms here on the ten-year
 * village, several times that on an old PC), so the background build works out all 26 for the
 * village's today right after it, and keeps them for that day. Other answers are kept while
 * among the last KEEP asked, so a letter taken back with 删除 is answered at once too. A new
 * index (any change to the records) starts with none: nothing here outlives its records.
 */
import type { SearchResult } from '../../../../contract'
import { recent, type Recent } from '../recent'
import { searchIndex, type SearchIndex } from './search-index'

/** The most other answers kept per index (a few KB each), all days together. */
const KEEP = 100
/** The letters worked out ahead. */
const FIRST_LETTERS = 'abcdefghijklmnopqrstuvwxyz'

interface Kept {
  /** The day `letters` are for. */
  day: string
  letters: Map<string, SearchResult>
  others: Recent<SearchResult>
}

const given = new WeakMap<SearchIndex, Kept>()

function keptFor(index: SearchIndex): Kept {
  let kept = given.get(index)
  if (!kept) given.set(index, (kept = { day: '', letters: new Map(), others: recent(KEEP) }))
  return kept
}

/** The answer to `query` on `today`, worked out once per index. */
export function answer(index: SearchIndex, query: string, today: string): SearchResult {
  const kept = keptFor(index)
  const q = query.trim()
  if (q.length === 1 && FIRST_LETTERS.includes(q)) {
    if (kept.day !== today) {
      kept.day = today
      kept.letters.clear()
    }
    let result = kept.letters.get(q)
    if (!result) kept.letters.set(q, (result = searchIndex(index, query, today)))
    return result
  }
  const key = `${today}\n${q}`
  let result = kept.others.get(key)
  if (!result) kept.others.set(key, (result = searchIndex(index, query, today)))
  return result
}

/** Works out each first letter for `today`, handing core back after each (`turn`) while `current`. */
export async function answerFirstLetters(
  index: SearchIndex,
  today: string,
  turn: () => Promise<void>,
  current: () => boolean,
): Promise<void> {
  for (const letter of FIRST_LETTERS) {
    if (!current()) return
    answer(index, letter, today)
    await turn()
  }
}

/** Whether every first letter on `today` is worked out for this index. */
export function firstLettersAnswered(index: SearchIndex, today: string): boolean {
  const kept = given.get(index)
  return kept?.day === today && kept.letters.size === FIRST_LETTERS.length
}

/** Whether `query` on `today` is already worked out for this index. */
export function answered(index: SearchIndex, query: string, today: string): boolean {
  const kept = given.get(index)
  const q = query.trim()
  if (q.length === 1 && FIRST_LETTERS.includes(q)) return kept?.day === today && kept.letters.has(q)
  return kept?.others.has(`${today}\n${q}`) ?? false
}
