/**
 * The search's prefix index: for each key (a character or pair of characters of the text,
 * the first one or two letters of the full pinyin from each syllable, a letter or pair of
 * pinyin initials) the prepared texts that hold it. A keystroke looks up its candidates here
 * instead of scanning ten years of records; each candidate is then checked exactly.
 */
import type { Field } from './search-match'

/** Key → ids of the prepared texts holding it. */
export interface Postings {
  text: Map<string, number[]>
  pinyin: Map<string, number[]>
  initials: Map<string, number[]>
}

interface Keys {
  text: string[]
  pinyin: string[]
  initials: string[]
}

// Worked out once per distinct text: a rebuild after one publication only re-lists the ids.
const keyCache = new WeakMap<Field, Keys>()

/** Every character and every pair of neighbouring characters. */
function grams(chars: readonly string[]): string[] {
  const out = new Set<string>()
  for (let i = 0; i < chars.length; i++) {
    out.add(chars[i]!)
    if (i + 1 < chars.length) out.add(chars[i]! + chars[i + 1]!)
  }
  return [...out]
}

function keysOf(f: Field): Keys {
  let keys = keyCache.get(f)
  if (keys) return keys
  const pinyin = new Set<string>()
  for (const s of f.starts) {
    pinyin.add(f.full.slice(s, s + 1))
    pinyin.add(f.full.slice(s, s + 2))
  }
  keys = {
    text: grams(Array.from(f.lower)),
    pinyin: [...pinyin],
    initials: grams(Array.from(f.initials)),
  }
  keyCache.set(f, keys)
  return keys
}

function add(map: Map<string, number[]>, keys: readonly string[], id: number): void {
  for (const k of keys) {
    const list = map.get(k)
    if (list) list.push(id)
    else map.set(k, [id])
  }
}

/** Lists every prepared text (by its position in `fields`) under each of its keys. */
export function buildPostings(fields: readonly Field[]): Postings {
  const steps = postingSteps(fields)
  for (;;) {
    const r = steps.next()
    if (r.done) return r.value
  }
}

/** The same, pausing (yield) every 256 texts for a build run in slices (search-index.ts). */
export function* postingSteps(fields: readonly Field[]): Generator<void, Postings> {
  const p: Postings = { text: new Map(), pinyin: new Map(), initials: new Map() }
  for (const [id, f] of fields.entries()) {
    if (id % 256 === 255) yield
    const keys = keysOf(f)
    add(p.text, keys.text, id)
    add(p.pinyin, keys.pinyin, id)
    add(p.initials, keys.initials, id)
  }
  return p
}

/** The shortest list among the keys a substring match needs; null when one is missing. */
function narrowest(map: Map<string, number[]>, q: string): number[] | null {
  const chars = Array.from(q)
  const needed = chars.length === 1 ? chars : grams(chars).filter((g) => g.length > 1)
  let best: number[] | null = null
  for (const k of needed) {
    const list = map.get(k)
    if (!list) return null
    if (!best || list.length < best.length) best = list
  }
  return best
}

/**
 * Ids of the texts that can match `q` (a normalised query): by text anywhere, by full pinyin
 * from a syllable start, or by initials. Every real match is among them; each is checked after.
 */
export function candidates(p: Postings, q: string, fieldCount: number): number[] {
  const lists: number[][] = []
  const text = narrowest(p.text, q)
  if (text) lists.push(text)
  if (/^[a-z]+$/.test(q)) {
    const pinyin = p.pinyin.get(q.slice(0, 2))
    if (pinyin) lists.push(pinyin)
    const initials = narrowest(p.initials, q)
    if (initials) lists.push(initials)
  }
  if (lists.length === 1) return lists[0]!
  const seen = new Uint8Array(fieldCount)
  const out: number[] = []
  for (const list of lists)
    for (const id of list) {
      if (seen[id]) continue
      seen[id] = 1
      out.push(id)
    }
  return out
}
