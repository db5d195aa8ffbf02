/**
 * Answers already worked out over one built index, per village day. Every search starts with
 * one letter, the dearest keystroke (thousands of texts share a first letter: ~15 ms here on the
 * ten-year village, several times that on an old PC), so the background build works out all 26
 * right after it; a letter taken back with 删除 is answered again from here too. A new index
 * (any change to the records) starts with none, so nothing here outlives the records it is for.
 */
import type { SearchResult } from '../../../../contract'
import { recent, type Recent } from '../recent'
import { searchIndex, type SearchIndex } from './search-index'

/** The most answers kept per index (a few KB each): many visitors' searches in a day. */
const KEEP = 100
/** The letters worked out ahead. */
const FIRST_LETTERS = 'abcdefghijklmnopqrstuvwxyz'

const given = new WeakMap<SearchIndex, Recent<SearchResult>>()
const keyOf = (query: string, today: string) => `${today}\n${query.trim()}`

/** The answer to `query` on `today`, worked out once per index (while among the last KEEP). */
export function answer(index: SearchIndex, query: string, today: string): SearchResult {
  let kept = given.get(index)
  if (!kept) given.set(index, (kept = recent(KEEP)))
  const key = keyOf(query, today)
  let result = kept.get(key)
  if (!result) kept.set(key, (result = searchIndex(index, query, today)))
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
  return [...FIRST_LETTERS].every((letter) => answered(index, letter, today))
}

/** Whether `query` on `today` is already worked out for this index. */
export function answered(index: SearchIndex, query: string, today: string): boolean {
  return given.get(index)?.has(keyOf(query, today)) ?? false
}
