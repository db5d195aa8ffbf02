/**
 * Kiosk search over published items: Chinese text, full pinyin ("xiulu") and pinyin initials
 * ("xl") all find 修路. The pinyin is worked out once per index build, not per query.
 */
import { SECTION_KEYS } from '../../../../contract'
import type { SearchGroup, SearchHit, SearchResult, SectionKey } from '../../../../contract'
import { field, matchField, normalizeQuery, type Field, type Match } from './search-match'

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
}

/** Each group lists at most this many hits; the rest are counted in `more`. */
export const GROUP_LIMIT = 20

/**
 * Builds the index; the slow part (pinyin) happens here, once per distinct text: `cache` keeps
 * the prepared texts of the previous build, so a rebuild after one publication is quick.
 */
export function buildIndex(
  docs: readonly SearchDoc[],
  cache: ReadonlyMap<string, Field> = new Map(),
): SearchIndex & { fields: Map<string, Field> } {
  const fields = new Map<string, Field>()
  const prepare = (text: string): Field => {
    let f = fields.get(text) ?? cache.get(text)
    if (!f) f = field(text)
    fields.set(text, f)
    return f
  }
  return {
    docs: docs.map((doc) => ({ doc, fields: [doc.title, ...doc.texts].map(prepare) })),
    fields,
  }
}

const RANK: Record<SearchHit['matchedBy'], number> = { text: 3, pinyin: 2, initials: 1 }

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

/** Matches a query against the index; groups ordered by their best hit, then by section order. */
export function searchIndex(index: SearchIndex, query: string): SearchResult {
  const q = normalizeQuery(query)
  const found = new Map<SectionKey, Array<{ hit: SearchHit; score: number; order: string }>>()
  if (q) {
    for (const item of index.docs) {
      let best: { m: Match; f: Field; score: number; title: boolean } | null = null
      for (const [i, f] of item.fields.entries()) {
        const m = matchField(f, q, i === 0)
        if (!m) continue
        const score = RANK[m.by] * 2 + (i === 0 ? 1 : 0)
        if (!best || score > best.score) best = { m, f, score, title: i === 0 }
      }
      if (!best) continue
      const { m, f, score, title } = best
      const { doc } = item
      const hit: SearchHit = {
        section: doc.section,
        id: doc.id,
        title: doc.title,
        snippet: title ? lead(item) : snippet(f, m),
        route: doc.route,
        matchedBy: m.by,
      }
      const list = found.get(doc.section) ?? []
      list.push({ hit, score, order: doc.order })
      found.set(doc.section, list)
    }
  }
  const ranked: Array<{ group: SearchGroup; best: number; at: number }> = []
  let total = 0
  for (const [at, section] of SECTION_KEYS.entries()) {
    const list = found.get(section)
    if (!list?.length) continue
    list.sort(
      (a, b) =>
        b.score - a.score || b.order.localeCompare(a.order) || a.hit.id.localeCompare(b.hit.id),
    )
    total += list.length
    const group = {
      section,
      hits: list.slice(0, GROUP_LIMIT).map((x) => x.hit),
      more: Math.max(0, list.length - GROUP_LIMIT),
    }
    ranked.push({ group, best: list[0]!.score, at })
  }
  ranked.sort((a, b) => b.best - a.best || a.at - b.at)
  return { q: query.trim(), total, groups: ranked.map((r) => r.group) }
}
