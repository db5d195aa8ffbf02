/**
 * The public sections a villager can open from home, in the order the tiles show them.
 * Only sections that exist are listed: a tile must never lead to an empty promise.
 */
export const SECTIONS = [
  { key: 'finance', to: '/finance' },
  { key: 'projects', to: '/projects' },
  { key: 'matters', to: '/matters' },
  { key: 'notices', to: '/notices' },
  { key: 'meetings', to: '/meetings' },
  { key: 'people', to: '/people' },
  { key: 'questions', to: '/questions' },
  { key: 'search', to: '/search' },
] as const

export type SectionKey = (typeof SECTIONS)[number]['key']
