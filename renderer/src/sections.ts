/**
 * The public sections a villager can open from home, in the order the tiles show them.
 * Only sections that exist are listed: a tile must never lead to an empty promise.
 */
export const SECTIONS = [{ key: 'finance', to: '/finance' }] as const

export type SectionKey = (typeof SECTIONS)[number]['key']
