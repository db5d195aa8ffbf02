/** 项目进度: the list by stage and the detail with spending taken from the published ledger. */
import { categoryName } from '../../../../contract'
import type { LedgerEntry, LedgerEntryView, Project, ProjectView } from '../../../../contract'
import type { HandlerGroup } from '../../api/handlers'
import type { Store } from '../../store/types'
import { matterCard, projectCard } from '../home-cards'
import { atHead } from '../at-head'
import { largeFenOf, publishedEntries } from '../ledger'
import { correctionFacts } from '../ledger-admin/public-view'
import { compareEntries, isLarge } from '../ledger-math'
import { publishedSheets } from '../published'
import { revisionWithFacts } from './corrected'
import { pageOf } from './paging'
import { projectFacts } from './corrected-facts'
import { currentIds, currentPublished, linkedPublished, publishedById } from './records'

/** budget − spent, spent as a whole percent of budget (floor), and whether spending passed it. */
export function spending(budgetFen: number, spentFen: number) {
  return {
    remainingFen: budgetFen - spentFen,
    spentPercent: budgetFen > 0 ? Math.floor((spentFen * 100) / budgetFen) : null,
    overBudget: spentFen > budgetFen,
  }
}

/**
 * Current lines of published sheets, grouped by the current version of the project they are
 * linked to (a line keeps the id of the version it was entered against); never mutate.
 */
export function linkedEntries(store: Store): ReadonlyMap<string, readonly LedgerEntry[]> {
  // Ten years of lines walked on every list and detail took ~35 ms: once per change instead.
  return atHead(store, 'linkedEntries', () => {
    const out = new Map<string, LedgerEntry[]>()
    const current = currentIds(store, 'projects')
    for (const list of publishedEntries(store, new Set(publishedSheets(store).keys())).values()) {
      for (const e of list) {
        const id = current(e.projectId)
        if (!id) continue
        const mine = out.get(id)
        if (mine) mine.push(e)
        else out.set(id, [e])
      }
    }
    return out
  })
}

/** Expense lines only: what a project has spent. */
export function spentOf(entries: readonly LedgerEntry[]): number {
  return entries.reduce((s, e) => s + (e.direction === 'expense' ? e.amountFen : 0), 0)
}

function projectView(store: Store, p: Project, entries: readonly LedgerEntry[]): ProjectView {
  const spentFen = spentOf(entries)
  const largeFen = largeFenOf(store)
  const matter = linkedPublished(store, 'matters', p.matterId)
  const head = linkedPublished(store, 'projects', p.id) ?? p
  const views = [...entries].sort(compareEntries).map((e): LedgerEntryView => ({
    ...e,
    projectId: head.id,
    categoryName: categoryName(e.category),
    projectName: head.name,
    large: isLarge(e, largeFen(e.period)),
    // As on the sheet: a corrected line says so, and one voided to 0元 what it was.
    ...correctionFacts(store, e),
  }))
  return {
    ...projectCard(p, spentFen),
    fundSource: p.fundSource,
    contractor: p.contractor,
    procurement: p.procurement,
    location: p.location,
    ...(p.startDate ? { startDate: p.startDate } : {}),
    ...(p.endDate ? { endDate: p.endDate } : {}),
    summary: p.summary,
    milestones: [...p.milestones].sort((a, b) => a.date.localeCompare(b.date)),
    ...spending(p.budgetFen, spentFen),
    entries: views,
    matter: matter ? matterCard(matter) : null,
    revision: revisionWithFacts(
      p,
      (id) => store.get('projects', id),
      (x) => projectFacts(store, x),
    ),
  }
}

/** Handlers of 项目进度; only published projects, spending only from published sheets. */
export const projectHandlers: HandlerGroup<'projects.list' | 'projects.get'> = {
  'projects.list': ({ stage, ...window }, { store }) => {
    const linked = linkedEntries(store)
    return pageOf(
      currentPublished(store, 'projects')
        .filter((p) => !stage || p.stage === stage)
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id)),
      window,
      (p) => projectCard(p, spentOf(linked.get(p.id) ?? [])),
      (p) => p.updatedAt,
    )
  },
  'projects.get': ({ id }, { store }) => {
    const p = publishedById(store, 'projects', id, '没有找到这个项目，可能还没有公开')
    // An earlier version's page shows what the project has spent, as the current one does.
    const head = linkedPublished(store, 'projects', p.id)?.id ?? p.id
    return projectView(store, p, linkedEntries(store).get(head) ?? [])
  },
}
