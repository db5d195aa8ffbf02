/**
 * One keystroke's search over the built index: look up the candidate texts, check each, give
 * every item its best field, and keep per section only the first hits in result order.
 */
import { SECTION_KEYS } from '../../../../contract'
import type { SearchGroup, SearchHit, SearchResult } from '../../../../contract'
import type { Indexed, SearchIndex } from './search-index'
import { SHORT_INITIALS, matchField, normalizeQuery, type Field, type Match } from './search-match'
import { candidates } from './search-postings'

/** Each group lists at most this many hits; the rest are counted in `more`. */
export const GROUP_LIMIT = 20

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

/**
 * Matches a query against the index; groups ordered by their best hit, then by section order.
 * Items not yet shown on `today` (a notice starting later) are left out.
 */
export function searchIndex(index: SearchIndex, query: string, today = '9999-12-31'): SearchResult {
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
    // Not public before its day: the index is built per change, not per day, so asked here.
    const from = index.docs[d]!.doc.shownFrom
    if (from && from > today) continue
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
