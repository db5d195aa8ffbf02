/**
 * Kiosk search over published items: Chinese text, full pinyin ("xiulu") and pinyin initials
 * ("xl") all find 修路. Everything is prepared once per change of the records: the masked text
 * (a personal number is never searchable, not even its visible digits), its pinyin, the prefix
 * index and the order of the results; a keystroke only looks up and ranks its candidates.
 */
import { SECTION_KEYS } from '../../../../contract'
import type { SearchGroup, SearchHit, SearchResult, SectionKey } from '../../../../contract'
import { maskWithSpans } from '../questions/mask-numbers'
import { SHORT_INITIALS, field, matchField, normalizeQuery, type Field } from './search-match'
import type { Match } from './search-match'
import { buildPostings, candidates, type Postings } from './search-postings'

/** One published item as search sees it; `order` sorts equal matches (newest first). */
export interface SearchDoc {
  section: SectionKey
  id: string
  title: string
  texts: string[]
  route: string
  order: string
}

interface Indexed {
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

/** Each group lists at most this many hits; the rest are counted in `more`. */
export const GROUP_LIMIT = 20

const DIGIT = /[0-9０-９]/

/** The public form of a text and, for matching, the same text with masked numbers blanked. */
function prepare(raw: string): Field {
  if (!DIGIT.test(raw)) return field(raw)
  const m = maskWithSpans(raw)
  let blank = m.text
  for (const [s, e] of m.spans) blank = blank.slice(0, s) + '*'.repeat(e - s) + blank.slice(e)
  return field(m.text, blank)
}

const SECTION_AT = new Map<SectionKey, number>(SECTION_KEYS.map((s, i) => [s, i]))
const collator = new Intl.Collator()

/**
 * Builds the index; the slow part (masking, pinyin) happens once per distinct text: `cache`
 * keeps the prepared texts of the previous build, so a rebuild after one publication is quick.
 */
export function buildIndex(
  docs: readonly SearchDoc[],
  cache: ReadonlyMap<string, Field> = new Map(),
): SearchIndex & { fields: Map<string, Field> } {
  const fields = new Map<string, Field>()
  const ids = new Map<Field, number>()
  const list: Field[] = []
  const occurs: number[][] = []
  const indexed = docs.map((doc, d) => {
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
    return { doc, fields: own }
  })
  const ranked = Int32Array.from(docs.keys()).sort((a, b) => {
    const x = docs[a]!
    const y = docs[b]!
    return (
      SECTION_AT.get(x.section)! - SECTION_AT.get(y.section)! ||
      collator.compare(y.order, x.order) ||
      collator.compare(x.id, y.id)
    )
  })
  const sectionOf = Uint8Array.from(docs, (d) => SECTION_AT.get(d.section)!)
  const n = docs.length
  return {
    docs: indexed,
    list,
    occurs,
    postings: buildPostings(list),
    ranked,
    sectionOf,
    best: new Uint8Array(n),
    bestPos: new Int32Array(n),
    bestField: new Int32Array(n),
    fields,
  }
}

const RANK: Record<SearchHit['matchedBy'], number> = { text: 3, pinyin: 2, initials: 1 }
const TOP = RANK.text * 2 + 1

function snippet(f: Field, m: Match): string {
  const from = Math.max(0, m.at - 12)
  const to = Math.min(f.chars.length, m.at + m.length + 24)
  return (from > 0 ? '…' : '') + f.chars.slice(from, to).join('') + (to < f.chars.length ? '…' : '')
}

function lead(doc: Indexed): string {
  const first = doc.fields.slice(1).find((f) => f.chars.length > 0)
  if (!first) return ''
  return first.chars.slice(0, 36).join('') + (first.chars.length > 36 ? '…' : '')
}

/** Each item's best field for `q`: the highest score, the earliest field among equals. */
function score(index: SearchIndex, q: string): Map<number, Match> {
  const { best, bestPos, bestField } = index
  const matches = new Map<number, Match>()
  for (const id of candidates(index.postings, q, index.list.length)) {
    const m = matchField(index.list[id]!, q, true)
    if (!m) continue
    matches.set(id, m)
    const titleOnly = m.by === 'initials' && q.length <= SHORT_INITIALS
    const occ = index.occurs[id]!
    for (let k = 0; k < occ.length; k += 2) {
      const d = occ[k]!
      const pos = occ[k + 1]!
      if (pos > 0 && titleOnly) continue
      const s = RANK[m.by] * 2 + (pos === 0 ? 1 : 0)
      if (s > best[d]! || (s === best[d] && pos < bestPos[d]!)) {
        best[d] = s
        bestPos[d] = pos
        bestField[d] = id
      }
    }
  }
  return matches
}

/** Matches a query against the index; groups ordered by their best hit, then by section order. */
export function searchIndex(index: SearchIndex, query: string): SearchResult {
  const q = normalizeQuery(query)
  if (!q) return { q: query.trim(), total: 0, groups: [] }
  const matches = score(index, q)
  const { best, bestPos, bestField, sectionOf } = index
  // Per section and score, the first GROUP_LIMIT items in result order; per section, the count.
  const levels = TOP + 1
  const top: number[][] = Array.from({ length: SECTION_KEYS.length * levels }, () => [])
  const count = new Array<number>(SECTION_KEYS.length).fill(0)
  for (const d of index.ranked) {
    const s = best[d]!
    if (!s) continue
    best[d] = 0 // ready for the next query
    const at = sectionOf[d]!
    count[at]!++
    const level = top[at * levels + s]!
    if (level.length < GROUP_LIMIT) level.push(d)
  }
  const hitOf = (d: number): SearchHit => {
    const item = index.docs[d]!
    const f = index.list[bestField[d]!]!
    const m = matches.get(bestField[d]!)!
    return {
      section: item.doc.section,
      id: item.doc.id,
      title: item.fields[0]!.chars.join(''),
      snippet: bestPos[d] === 0 ? lead(item) : snippet(f, m),
      route: item.doc.route,
      matchedBy: m.by,
    }
  }
  const ranked: Array<{ group: SearchGroup; best: number; at: number }> = []
  let total = 0
  for (const [at, section] of SECTION_KEYS.entries()) {
    if (!count[at]) continue
    total += count[at]!
    const picked: number[] = []
    let first = 0
    for (let s = TOP; s > 0 && picked.length < GROUP_LIMIT; s--) {
      const level = top[at * levels + s]!
      if (level.length && !first) first = s
      picked.push(...level.slice(0, GROUP_LIMIT - picked.length))
    }
    const group = { section, hits: picked.map(hitOf), more: Math.max(0, count[at]! - GROUP_LIMIT) }
    ranked.push({ group, best: first, at })
  }
  ranked.sort((a, b) => b.best - a.best || a.at - b.at)
  return { q: query.trim(), total, groups: ranked.map((r) => r.group) }
}
