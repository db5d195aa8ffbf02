/**
 * Kiosk search over published items: Chinese text, full pinyin ("xiulu") and pinyin initials
 * ("xl") all find 修路. Everything is prepared once per change of the records: the masked text
 * (a personal number is never searchable, not even its visible digits), its pinyin, the prefix
 * index and the order of the results; a keystroke only looks up and ranks its candidates.
 */
import { SECTION_KEYS } from '../../../../contract'
import { compareIso } from '../../../../contract/period'
import type { SectionKey } from '../../../../contract'
import { hasWrittenDigit } from '../privacy/written-digits'
import { maskWithSpans } from '../questions/mask-numbers'
import { field, type Field } from './search-match'
import { postingSteps, type Postings } from './search-postings'

export { GROUP_LIMIT, searchIndex } from './search-query'

/** One published item as search sees it; `order` sorts equal matches (newest first). */
export interface SearchDoc {
  section: SectionKey
  id: string
  title: string
  texts: string[]
  route: string
  order: string
  /** A village day before which the item is not public yet (a notice set to start later). */
  shownFrom?: string
}

/** One item and its prepared texts (title first). */
export interface Indexed {
  doc: SearchDoc
  fields: Field[]
}

/** A built index; rebuilt whenever the records change. */
export interface SearchIndex {
  docs: Indexed[]
  /** Distinct prepared texts; postings and occurrences refer to them by position. */
  list: Field[]
  /** For each prepared text, the items holding it: [doc index, field position] pairs. */
  occurs: number[][]
  postings: Postings
  /** Doc indices in result order: section, then newest first, then id. */
  ranked: Int32Array
  /** Each doc's section, as its position in SECTION_KEYS. */
  sectionOf: Uint8Array
  /** Reused by every query (search runs to the end of a call before the next): best score. */
  best: Uint8Array
  bestPos: Int32Array
  bestField: Int32Array
}

// Figures of any form (①, 𝟏…): the detector reads them all as digits.
const DIGIT = /[\p{Nd}\p{No}]/u

/**
 * The public form of a text and, for matching, the same text with masked numbers blanked. A
 * number written in characters (一三八…) is masked too: else the index would find it by its
 * digits, and a snippet cut from it would pass the output mask as a fragment.
 */
function prepare(raw: string): Field {
  if (!DIGIT.test(raw) && !hasWrittenDigit(raw)) return field(raw)
  const m = maskWithSpans(raw)
  let blank = m.text
  for (const [s, e] of m.spans) blank = blank.slice(0, s) + '*'.repeat(e - s) + blank.slice(e)
  return field(m.text, blank)
}

const SECTION_AT = new Map<SectionKey, number>(SECTION_KEYS.map((s, i) => [s, i]))

/** A built index with the prepared texts it used (the next build's cache). */
export type BuiltIndex = SearchIndex & { fields: Map<string, Field> }

/**
 * Items between two pauses of a build run in slices (see indexSteps). A pause only offers the
 * driver a chance to hand core back (it does so every few ms): small enough that a first build,
 * preparing pinyin for every text, never runs long between two.
 */
const STEP = 32

/**
 * Builds the index; the slow part (masking, pinyin) happens once per distinct text: `cache`
 * keeps the prepared texts of the previous build, so a rebuild after one publication is quick.
 */
export function buildIndex(
  docs: readonly SearchDoc[],
  cache?: ReadonlyMap<string, Field>,
): BuiltIndex {
  const steps = indexSteps(docs, cache)
  for (;;) {
    const r = steps.next()
    if (r.done) return r.value
  }
}

/**
 * The same build, pausing (yield) every STEP items, so a build started in the background can
 * let calls in between its slices instead of holding core for all of it (see search.ts).
 */
export function* indexSteps(
  docs: readonly SearchDoc[],
  cache: ReadonlyMap<string, Field> = new Map(),
): Generator<void, BuiltIndex> {
  const fields = new Map<string, Field>()
  const ids = new Map<Field, number>()
  const list: Field[] = []
  const occurs: number[][] = []
  const indexed: Indexed[] = []
  for (const [d, doc] of docs.entries()) {
    if (d % STEP === STEP - 1) yield
    const own = [doc.title, ...doc.texts].map((text, pos) => {
      let f = fields.get(text) ?? cache.get(text)
      if (!f) f = prepare(text)
      fields.set(text, f)
      let id = ids.get(f)
      if (id === undefined) {
        id = list.push(f) - 1
        ids.set(f, id)
        occurs.push([])
      }
      occurs[id]!.push(d, pos)
      return f
    })
    indexed.push({ doc, fields: own })
  }
  yield
  const ranked = Int32Array.from(docs.keys()).sort((a, b) => {
    const x = docs[a]!
    const y = docs[b]!
    return (
      SECTION_AT.get(x.section)! - SECTION_AT.get(y.section)! ||
      // Orders are ISO dates, times or a year and ids are ASCII: compared as plain text, the
      // ranking (redone on every rebuild) takes half the time a collator would.
      compareIso(y.order, x.order) ||
      compareIso(x.id, y.id)
    )
  })
  const sectionOf = Uint8Array.from(docs, (d) => SECTION_AT.get(d.section)!)
  const n = docs.length
  yield
  const postings = yield* postingSteps(list)
  return {
    docs: indexed,
    list,
    occurs,
    postings,
    ranked,
    sectionOf,
    best: new Uint8Array(n),
    bestPos: new Int32Array(n),
    bestField: new Int32Array(n),
    fields,
  }
}
