/** Handlers of the public sections (issue 3); each reads published, current records only. */
import type { HandlerGroup } from '../../api/handlers'
import { ApiFailure } from '../../api/failure'
import './store-types'

/** Every method of contract/api/sections.ts. */
export type SectionMethod =
  | 'projects.list'
  | 'projects.get'
  | 'matters.list'
  | 'matters.get'
  | 'meetings.list'
  | 'notices.list'
  | 'notices.get'
  | 'finance.budget'
  | 'finance.assets'
  | 'finance.debts'
  | 'finance.distributions'
  | 'finance.specials'
  | 'finance.special'
  | 'people.duties'
  | 'search'
  | 'kiosk.freshness'

const notYet = (): never => {
  throw new ApiFailure('NOT_FOUND', '暂未开放')
}

/** The public sections' handlers, bound once in core.ts. */
export const sectionHandlers: HandlerGroup<SectionMethod> = {
  'projects.list': notYet,
  'projects.get': notYet,
  'matters.list': notYet,
  'matters.get': notYet,
  'meetings.list': notYet,
  'notices.list': notYet,
  'notices.get': notYet,
  'finance.budget': notYet,
  'finance.assets': notYet,
  'finance.debts': notYet,
  'finance.distributions': notYet,
  'finance.specials': notYet,
  'finance.special': notYet,
  'people.duties': notYet,
  search: notYet,
  'kiosk.freshness': notYet,
}
