import type { SearchHit, SectionKey } from '../../../../../contract'

/** Sections whose every record has its own screen; the others open their list. */
const DETAIL: Partial<Record<SectionKey, string>> = {
  ledger: '/finance/entry/',
  projects: '/projects/',
  matters: '/matters/',
  meetings: '/meetings/',
  notices: '/notices/',
  specials: '/finance/specials/',
}
const LIST: Record<SectionKey, string> = {
  ledger: '/finance',
  budget: '/finance/budget',
  assets: '/finance/assets',
  debts: '/finance/debts',
  distributions: '/finance/distributions',
  specials: '/finance/specials',
  projects: '/projects',
  matters: '/matters',
  meetings: '/meetings',
  notices: '/notices',
  people: '/people',
}

/** Where a search hit opens: the renderer owns its routes, so it builds them from section and id. */
export function routeFor(hit: Pick<SearchHit, 'section' | 'id'>): string {
  const detail = DETAIL[hit.section]
  return detail ? detail + encodeURIComponent(hit.id) : LIST[hit.section]
}
