/** The kiosk's home screen: one call with everything a villager sees first. */
import type { HandlerGroup } from '../api/handlers'
import { comparePeriods, periodLabel, periodRange } from '../../../contract'
import type { HomeSummary, LedgerEntry } from '../../../contract'
import { atHead } from './at-head'
import { villageToday } from './sections/days'
import { currentNotices, latestDecisions, projectCard } from './home-cards'
import { sheetTotals, spentByProject } from './ledger-math'
import { currentLines } from './ledger-lines'
import { isCurrentPublished, publishedSheets } from './published'
import { countOpenQuestions } from './questions'
import { publicLastUpdated } from './sections/freshness'
import { currentIds } from './sections/records'
import { publicCheckpoint } from './system'
import { compareMembers } from './village'

/** The current lines of the published periods, one after another. */
function* publishedLines(
  lines: ReturnType<typeof currentLines>,
  sheets: ReadonlyMap<string, unknown>,
): Generator<LedgerEntry> {
  for (const [period, list] of lines) if (sheets.has(period)) yield* list
}

/**
 * Projects the home screen lists: a ten-year village has well over a hundred under way, which
 * made the first screen a long scroll (and ~1,700 elements to draw); the rest are one tap away.
 */
const HOME_PROJECTS = 5

/** Handler for the home screen; it reads only published, current records. */
export const homeHandlers: HandlerGroup<'home.summary'> = {
  'home.summary': (_input, { store, now }): HomeSummary => {
    const today = villageToday(now())
    const profile = store.get('village', 'profile')
    const sheets = publishedSheets(store)
    const newest = [...sheets.values()].sort((a, b) => comparePeriods(a.key, b.key))[0]
    const lines = currentLines(store)
    // What every project spent, over ten years of lines: once per change, not per home visit.
    const spent = atHead(store, 'spentByProject', () =>
      // By the current version of each project: a line keeps the id it was entered against.
      spentByProject(publishedLines(lines, sheets), () => true, currentIds(store, 'projects')),
    )
    const totals = newest ? sheetTotals(lines.get(newest.key) ?? []) : null
    const underWay = store
      .all('projects')
      .filter((p) => isCurrentPublished(p) && p.stage !== '结算')
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id))
    return {
      village: {
        name: profile?.name ?? '',
        township: profile?.township ?? '',
        county: profile?.county ?? '',
      },
      isDemo: profile?.isDemo ?? false,
      today,
      supervisors: store
        .all('members')
        .filter((m) => m.body === 'supervision')
        .sort(compareMembers)
        .map((m) => m.name),
      latest:
        newest && totals
          ? {
              key: newest.key,
              label: periodLabel(newest.key),
              kind: periodRange(newest.key).kind,
              incomeFen: totals.incomeFen,
              expenseFen: totals.expenseFen,
              ...(newest.publishedAt ? { publishedAt: newest.publishedAt } : {}),
            }
          : null,
      projects: underWay.slice(0, HOME_PROJECTS).map((p) => projectCard(p, spent.get(p.id) ?? 0)),
      projectsTotal: underWay.length,
      decisions: latestDecisions(store.all('matters').filter(isCurrentPublished), 4),
      notices: currentNotices(store.all('notices').filter(isCurrentPublished), today, 5),
      openQuestions: countOpenQuestions(store),
      lastUpdated: publicLastUpdated(store),
      checkpoint: publicCheckpoint(store),
    }
  },
}
