/** What search may see: published, current items of every section, as plain search documents. */
import type { Store } from '../../store/types'
import { publishedEntries } from '../ledger'
import { publishedSheets } from '../published'
import { currentPublished } from './records'
import { causeOf } from './register-math'
import type { SearchDoc } from './search-index'

/** Every searchable item; personal numbers are never indexed (members by name and duty only). */
export function searchDocs(store: Store): SearchDoc[] {
  const docs: SearchDoc[] = []
  const add = (d: SearchDoc) => docs.push(d)
  for (const p of currentPublished(store, 'projects'))
    add({
      section: 'projects',
      id: p.id,
      title: p.name,
      texts: [p.summary, p.location, p.contractor, ...p.milestones.map((m) => m.title)],
      route: `/projects/${p.id}`,
      order: p.updatedAt,
    })
  for (const m of currentPublished(store, 'matters'))
    add({
      section: 'matters',
      id: m.id,
      title: m.title,
      texts: [m.summary, ...m.steps.map((s) => s.content)],
      route: `/matters/${m.id}`,
      order: m.updatedAt,
    })
  for (const m of currentPublished(store, 'meetings'))
    add({
      section: 'meetings',
      id: m.id,
      title: `${m.kind}：${m.topic}`,
      texts: [m.minutes],
      route: `/meetings/${m.id}`,
      order: m.date,
    })
  for (const n of currentPublished(store, 'notices'))
    add({
      section: 'notices',
      id: n.id,
      title: n.title,
      texts: [n.body],
      route: `/notices/${n.id}`,
      order: n.validFrom,
      shownFrom: n.validFrom,
    })
  for (const s of currentPublished(store, 'specials'))
    add({
      section: 'specials',
      id: s.id,
      title: s.title,
      texts: [s.body],
      route: `/finance/specials/${s.id}`,
      order: s.date,
    })
  for (const a of currentPublished(store, 'assets'))
    add({
      section: 'assets',
      id: a.id,
      title: a.name,
      texts: [a.location, a.lessee, a.contractNo],
      route: '/finance/assets',
      order: a.termTo ?? '',
    })
  for (const d of currentPublished(store, 'debts'))
    add({
      section: 'debts',
      id: d.id,
      title: `${d.kind}：${d.counterparty}`,
      texts: [causeOf(d)],
      route: '/finance/debts',
      order: d.date,
    })
  for (const d of currentPublished(store, 'distributions'))
    add({
      section: 'distributions',
      id: d.id,
      title: d.title,
      texts: [d.note, ...d.items.map((i) => i.name)],
      route: '/finance/distributions',
      order: String(d.year),
    })
  for (const d of currentPublished(store, 'duties'))
    add({
      section: 'people',
      id: d.id,
      title: d.name,
      texts: [d.statusText, d.lastAction],
      route: '/people',
      order: d.lastActionDate,
    })
  for (const m of store.all('members'))
    add({
      section: 'people',
      id: m.id,
      title: m.name,
      texts: [m.title, m.duties],
      route: '/people',
      order: '',
    })
  const keys = new Set(publishedSheets(store).keys())
  for (const list of publishedEntries(store, keys).values())
    for (const e of list)
      add({
        section: 'ledger',
        id: e.id,
        title: e.summary,
        texts: [e.counterparty],
        route: `/finance/entry/${e.id}`,
        order: e.date,
      })
  return docs
}
