/**
 * The published item a question is about. Its title is taken from the store, never from the
 * kiosk, so a question can only point at something the public can actually see.
 */
import type {
  AboutSection,
  LedgerEntry,
  QuestionAbout,
  QuestionAboutView,
} from '../../../../contract'
import { ApiFailure } from '../../api/failure'
import type { Store } from '../../store/types'
import { maskPublicOutput } from '../public-mask'
import { isPublicEntry, publishedSheets } from '../published'

/** How a ledger line is named when asked about: its summary and voucher number. */
export function ledgerTitle(e: Pick<LedgerEntry, 'summary' | 'voucherNo'>): string {
  return `${e.summary}（${e.voucherNo}）`
}

function titleOf(
  store: Store,
  section: AboutSection,
  id: string,
  today: string,
): string | undefined {
  switch (section) {
    case 'finance': {
      const e = store.get('ledger', id)
      const visible = e && publishedSheets(store).has(e.period) && isPublicEntry(e, store)
      return visible ? ledgerTitle(e) : undefined
    }
    case 'projects': {
      const p = store.get('projects', id)
      return p?.status === 'published' ? p.name : undefined
    }
    case 'matters': {
      const m = store.get('matters', id)
      return m?.status === 'published' ? m.title : undefined
    }
    case 'notices': {
      const n = store.get('notices', id)
      // A notice set to start later is not public yet: its title would show on the board early.
      return n?.status === 'published' && n.validFrom <= today ? n.title : undefined
    }
  }
}

/** The item with its public title, or a refusal when it is not public (on the village's `today`). */
export function resolveAbout(
  store: Store,
  about: { section: AboutSection; id: string },
  today: string,
): QuestionAbout {
  const title = titleOf(store, about.section, about.id, today)
  if (title === undefined) {
    throw new ApiFailure(
      'BAD_INPUT',
      '输入有误：要提问的内容找不到或还没有公开，请回到那一页重新点“我要提问”',
      {
        about: '要提问的内容找不到或还没有公开',
      },
    )
  }
  return { section: about.section, id: about.id, title }
}

const COLLECTIONS = {
  finance: 'ledger',
  projects: 'projects',
  matters: 'matters',
  notices: 'notices',
} as const

/** The version a signed correction put in place of record `id`, if any. */
function nextVersion(store: Store, section: AboutSection, id: string): string | undefined {
  const coll = COLLECTIONS[section]
  const r = store.get(coll, id)
  const next = r?.supersededBy ? store.get(coll, r.supersededBy) : undefined
  return next?.supersedes === id ? next.id : undefined
}

/**
 * Whether two titles read the same on a public screen. One corrected only inside a personal
 * number (联系人13812345678 to 13800005678: both 138****5678) would show a 原标题 identical to
 * the title above it, and on the cadres' unmasked list the old number whole: it is said as
 * corrected (上面是更正后的内容), without the earlier title.
 */
const readSame = (a: string, b: string): boolean => maskPublicOutput(a) === maskPublicOutput(b)

/**
 * What a question is about as the public sees it now: the item's latest public version and
 * its title, noting a correction since the question was asked (and the title it was asked
 * under, when that reads differently now). The stored `about` is history and is only read.
 */
export function currentAbout(store: Store, asked: QuestionAbout, today: string): QuestionAboutView {
  const { section } = asked
  let current = { id: asked.id, title: asked.title }
  const seen = new Set([asked.id])
  for (let id = nextVersion(store, section, asked.id); id && !seen.has(id);) {
    seen.add(id)
    const title = titleOf(store, section, id, today)
    if (title !== undefined) current = { id, title }
    id = nextVersion(store, section, id)
  }
  if (current.id === asked.id) return { section, id: asked.id, title: asked.title }
  const correction = readSame(current.title, asked.title) ? {} : { askedTitle: asked.title }
  return { section, ...current, correction }
}
