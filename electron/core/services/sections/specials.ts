/** 专项公开 handlers: the list by kind and one disclosure with its rows and links. */
import type { Special, SpecialCard, SpecialView } from '../../../../contract'
import type { HandlerGroup } from '../../api/handlers'
import type { Store } from '../../store/types'
import { matterCard } from '../home-cards'
import { revisionWithFacts } from './corrected'
import { specialFacts } from './corrected-facts'
import { publicSpecialRows } from './public-rows'
import { currentPublished, linkedPublished, publishedById } from './records'

/** A list card: how many rows and their total. */
export function specialCard(s: Special): SpecialCard {
  return {
    id: s.id,
    kind: s.kind,
    title: s.title,
    date: s.date,
    rowCount: s.rows.length,
    totalFen: s.rows.reduce((t, r) => t + r.amountFen, 0),
  }
}

function specialView(store: Store, s: Special): SpecialView {
  const project = linkedPublished(store, 'projects', s.projectId)
  const matter = linkedPublished(store, 'matters', s.matterId)
  return {
    ...specialCard(s),
    body: s.body,
    rows: publicSpecialRows(s, (id) => store.get('specials', id)),
    project: project ? { id: project.id, name: project.name } : null,
    matter: matter ? matterCard(matter) : null,
    revision: revisionWithFacts(
      s,
      (id) => store.get('specials', id),
      (x) => specialFacts(store, x),
    ),
  }
}

/** Handlers of 专项公开, newest first. */
export const specialHandlers: HandlerGroup<'finance.specials' | 'finance.special'> = {
  'finance.specials': ({ kind }, { store }) =>
    currentPublished(store, 'specials')
      .filter((s) => !kind || s.kind === kind)
      .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
      .map(specialCard),
  'finance.special': ({ id }, { store }) =>
    specialView(
      store,
      publishedById(store, 'specials', id, '没有找到这项专项公开，可能还没有公开'),
    ),
}
