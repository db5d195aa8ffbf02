/** "最后更新" for every section and the overdue-finances warning, in one call. */
import { comparePeriods } from '../../../../contract'
import type { Freshness, SectionKey } from '../../../../contract'
import type { HandlerGroup } from '../../api/handlers'
import type { Store } from '../../store/types'
import { atHead } from '../at-head'
import { latest } from '../ledger-math'
import { publishedSheets } from '../published'
import { villageToday } from './days'
import { financeFreshness } from './freshness-math'
import { prebuildSearchIndex } from './search'
import { currentPublished, latestPublishedAt, type PublishedColl } from './records'

const FROM: Array<[SectionKey, PublishedColl]> = [
  ['budget', 'budget'],
  ['assets', 'assets'],
  ['debts', 'debts'],
  ['distributions', 'distributions'],
  ['specials', 'specials'],
  ['projects', 'projects'],
  ['matters', 'matters'],
  ['meetings', 'meetings'],
  ['notices', 'notices'],
]

/** When the ledger last changed in public: a sheet signed, or a correction of a line signed. */
function ledgerPublishedAt(store: Store): string {
  return atHead(store, 'ledgerPublishedAt', () => {
    const corrections = store.all('ledger').filter((e) => e.supersedes && e.publishedAt)
    return latest([
      latestPublishedAt([...publishedSheets(store).values()]),
      ...corrections.map((e) => e.publishedAt),
    ])
  })
}

function sectionTimes(store: Store): Freshness['sections'] {
  const people = latest([
    store.lastUpdated('members'),
    latestPublishedAt(currentPublished(store, 'duties')),
  ])
  return [
    { section: 'ledger', lastUpdated: ledgerPublishedAt(store) },
    ...FROM.map(([section, coll]) => ({
      section,
      lastUpdated: latestPublishedAt(currentPublished(store, coll)),
    })),
    { section: 'people', lastUpdated: people },
  ]
}

/**
 * When anything public last changed (home's 最后更新): a signing in any section, the people
 * list, the village's own details or an answer to a villager; a draft saved or submitted, or
 * a question asked, does not count.
 */
export function publicLastUpdated(store: Store): string {
  // The home screen asks on every visit: once per change, not a walk of every record each time.
  return atHead(store, 'publicLastUpdated', () =>
    latest([
      ...sectionTimes(store).map((s) => s.lastUpdated),
      store.lastUpdated('village'),
      // An answer on the 村务监督 board is public from the moment it is given.
      ...store
        .all('questions')
        .filter((q) => q.answer && !q.withheld)
        .map((q) => q.answer?.at),
    ]),
  )
}

/**
 * Handler of kiosk freshness; the quarterly rule is checked against the village's today. Every
 * section screen asks for it, so it also starts the search index build when records changed.
 */
export const freshnessHandlers: HandlerGroup<'kiosk.freshness'> = {
  'kiosk.freshness': (_input, { store, now }) => {
    const today = villageToday(now())
    void prebuildSearchIndex(store, today)
    const newest = [...publishedSheets(store).keys()].sort(comparePeriods)[0] ?? null
    return { today, sections: sectionTimes(store), finance: financeFreshness(newest, today) }
  },
}
