/** 四议两公开: every matter with its six steps, votes and plain-words rule checks. */
import { STEP_NAMES } from '../../../../contract'
import type { Matter, MatterStepView, MatterView, Project } from '../../../../contract'
import type { HandlerGroup } from '../../api/handlers'
import { matterCard } from '../home-cards'
import { matterRuleChecks, voteNotPassed } from '../../../../contract/matter-rules'
import { decisionProblem, worksUnderWay } from '../../../../contract/matter-decision'
import { revisionWithFacts } from './corrected'
import { pageOf } from './paging'
import { matterFacts } from './corrected-facts'
import type { Store } from '../../store/types'
import { currentIds, currentPublished, linkedPublished, publishedById } from './records'

/**
 * Works begun under a matter whose vote did not pass (or was never held): core refuses to
 * publish such a project, but a later correction of the matter may show that the vote on record
 * was wrong. The archive keeps the truth and says plainly which works now stand on nothing.
 */
export function worksChecks(
  m: Pick<Matter, 'steps'>,
  projects: readonly Pick<Project, 'name' | 'stage'>[],
): string[] {
  const problem = decisionProblem(m.steps)
  if (!problem) return []
  return projects
    .filter((p) => worksUnderWay(p.stage))
    .map((p) => `项目“${p.name}”已到“${p.stage}”阶段，但本事项${problem}`)
}

/** The six steps in order, each marked done or not, with its checks; and every check in one list. */
export function matterView(
  m: Matter,
  projects: readonly Pick<Project, 'id' | 'name' | 'stage'>[],
  earlier: (id: string) => Matter | undefined = () => undefined,
): MatterView {
  const checks = matterRuleChecks(m.steps)
  const steps = STEP_NAMES.map((name, index): MatterStepView => {
    const s = m.steps.find((x) => x.index === index)
    const own = checks.get(index) ?? []
    const notPassed = s ? voteNotPassed(s) : null
    return {
      index,
      name,
      done: s !== undefined,
      date: s?.date ?? '',
      due: s?.due ?? 0,
      present: s?.present ?? 0,
      votesFor: s?.votesFor ?? 0,
      votesAgainst: s?.votesAgainst ?? 0,
      abstain: s?.abstain ?? 0,
      content: s?.content ?? '',
      signatures: s ? [...s.signatures] : [],
      checks: own,
      notPassed: notPassed !== null,
      broken: own.some((c) => c !== notPassed),
    }
  })
  return {
    ...matterCard(m),
    summary: m.summary,
    steps,
    ruleChecks: [...steps.flatMap((s) => s.checks), ...worksChecks(m, projects)],
    projects: projects.map((p) => ({ id: p.id, name: p.name })),
    revision: revisionWithFacts(m, earlier, matterFacts),
  }
}

/**
 * The current projects carried out under each matter, by the matter's current version: a
 * project keeps the id of the version it was linked to, and a correction has a new id.
 */
function projectsByMatter(store: Store): Map<string, Project[]> {
  const current = currentIds(store, 'matters')
  const out = new Map<string, Project[]>()
  for (const p of currentPublished(store, 'projects')) {
    const id = current(p.matterId)
    if (id) out.set(id, [...(out.get(id) ?? []), p])
  }
  return out
}

/** Handlers of 四议两公开; newest progress first, as on the home screen. */
export const matterHandlers: HandlerGroup<'matters.list' | 'matters.get'> = {
  'matters.list': (window, { store }) => {
    const projects = projectsByMatter(store)
    const cards = currentPublished(store, 'matters')
      .map((m) => ({ m, card: matterCard(m) }))
      .sort((a, b) => b.card.date.localeCompare(a.card.date) || a.m.id.localeCompare(b.m.id))
    return pageOf(
      cards,
      window,
      ({ m }) => matterView(m, projects.get(m.id) ?? [], (x) => store.get('matters', x)),
      ({ m }) => m.publishedAt,
    )
  },
  'matters.get': ({ id }, { store }) => {
    const m = publishedById(store, 'matters', id, '没有找到这个事项，可能还没有公开')
    // An earlier version lists the projects as the current one does.
    const head = linkedPublished(store, 'matters', m.id)?.id ?? m.id
    const projects = projectsByMatter(store).get(head) ?? []
    return matterView(m, projects, (x) => store.get('matters', x))
  },
}
