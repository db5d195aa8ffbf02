/**
 * Kiosk search over published items: Chinese text, full pinyin ("xiulu") and pinyin initials
 * ("xl") all find 修路. The pinyin is worked out once per index build, not per query.
 */
import { pinyin } from 'pinyin-pro'
import { SECTION_KEYS } from '../../../../contract'
import type { SearchGroup, SearchHit, SearchResult, SectionKey } from '../../../../contract'

/** One published item as search sees it; `order` sorts equal matches (newest first). */
export interface SearchDoc {
  section: SectionKey
  id: string
  title: string
  texts: string[]
  route: string
  order: string
}

interface Field {
  chars: string[]
  lower: string
  /** Toneless pinyin of every character, run together, and where each character starts in it. */
  full: string
  starts: number[]
  initials: string
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

function field(text: string): Field {
  const chars = Array.from(text)
  const py = pinyin(text, { toneType: 'none', type: 'array' }).map((s) => s.toLowerCase())
  const aligned = py.length === chars.length
  const syllables = aligned ? py : chars.map((c) => c.toLowerCase())
  const starts: number[] = []
  let full = ''
  for (const s of syllables) {
    starts.push(full.length)
    full += s
  }
  return {
    chars,
    lower: chars.map((c) => c.toLowerCase()).join(''),
    full,
    starts,
    initials: syllables.map((s) => s.charAt(0) || ' ').join(''),
  }
}

/** Builds the index; the slow part (pinyin) happens here, once. */
export function buildIndex(docs: readonly SearchDoc[]): SearchIndex {
  return {
    docs: docs.map((doc) => ({ doc, fields: [doc.title, ...doc.texts].map(field) })),
  }
}

/** Lower-case, no spaces: what the on-screen keyboard sends is compared this way. */
export function normalizeQuery(q: string): string {
  return q.toLowerCase().replace(/\s+/g, '')
}

interface Match {
  by: SearchHit['matchedBy']
  /** Character index and length of the match in its field. */
  at: number
  length: number
}

/** Where `q` matches one field: by text first, then full pinyin from a syllable start, then initials. */
export function matchField(f: Field, q: string): Match | null {
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
  const initialAt = f.initials.indexOf(q)
  if (initialAt >= 0) return { by: 'initials', at: initialAt, length: q.length }
  return null
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

/** Matches a query against the index and groups the hits by section, best first. */
export function searchIndex(index: SearchIndex, query: string): SearchResult {
  const q = normalizeQuery(query)
  const found = new Map<SectionKey, Array<{ hit: SearchHit; score: number; order: string }>>()
  if (q) {
    for (const item of index.docs) {
      let best: { m: Match; f: Field; score: number; title: boolean } | null = null
      for (const [i, f] of item.fields.entries()) {
        const m = matchField(f, q)
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
  const groups: SearchGroup[] = []
  let total = 0
  for (const section of SECTION_KEYS) {
    const list = found.get(section)
    if (!list?.length) continue
    list.sort(
      (a, b) =>
        b.score - a.score || b.order.localeCompare(a.order) || a.hit.id.localeCompare(b.hit.id),
    )
    total += list.length
    groups.push({
      section,
      hits: list.slice(0, GROUP_LIMIT).map((x) => x.hit),
      more: Math.max(0, list.length - GROUP_LIMIT),
    })
  }
  return { q: query.trim(), total, groups }
}
