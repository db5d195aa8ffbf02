/** Kiosk search and freshness: section keys shared by results, "最后更新" and routes. */

/** Every public section; the UI names them through i18n. */
export const SECTION_KEYS = [
  'ledger',
  'budget',
  'assets',
  'debts',
  'distributions',
  'specials',
  'projects',
  'matters',
  'meetings',
  'notices',
  'people',
] as const
export type SectionKey = (typeof SECTION_KEYS)[number]

export interface SearchHit {
  section: SectionKey
  id: string
  title: string
  /** A short piece of the matching text (record text: show as text only). */
  snippet: string
  /** Suggested hash route, e.g. /projects/<id>, /finance/entry/<id>, /meetings. */
  route: string
  /** Whether the match was on the Chinese text, full pinyin or pinyin initials. */
  matchedBy: 'text' | 'pinyin' | 'initials'
}

export interface SearchGroup {
  section: SectionKey
  hits: SearchHit[]
  /** Matches beyond those listed (each group lists at most 20). */
  more: number
}

export interface SearchResult {
  q: string
  total: number
  /** Only sections with hits, best match first (ties in SECTION_KEYS order); empty when nothing matched. */
  groups: SearchGroup[]
}

export interface SectionFreshness {
  section: SectionKey
  /** Latest publication in the section ('' when it has none). */
  lastUpdated: string
}

/** The quarterly rule: the next sheet is due a quarter and 10 days after the latest one ended. */
export interface FinanceFreshness {
  latestPeriod: string | null
  latestPeriodEnd: string | null
  /** Last day the next sheet may be published without breaking the rule (null if none yet). */
  dueBy: string | null
  overdue: boolean
  /** Plain words for the kiosk when overdue; null otherwise. */
  warning: string | null
}

export interface Freshness {
  today: string
  sections: SectionFreshness[]
  finance: FinanceFreshness
}
