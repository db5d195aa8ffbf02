/** Handlers of the public sections (issue 3); each reads published, current records only. */
import type { HandlerGroup } from '../../api/handlers'
import { budgetHandlers } from './budget'
import { dutyHandlers } from './duties'
import { freshnessHandlers } from './freshness'
import { matterHandlers } from './matters'
import { meetingHandlers } from './meetings'
import { noticeHandlers } from './notices'
import { projectHandlers } from './projects'
import { registerHandlers } from './registers'
import { searchHandlers } from './search'
import { specialHandlers } from './specials'
import './store-types'

/** Every method of contract/api/sections.ts. */
export type SectionMethod =
  | 'projects.list'
  | 'projects.get'
  | 'matters.list'
  | 'matters.get'
  | 'meetings.list'
  | 'meetings.get'
  | 'notices.list'
  | 'notices.get'
  | 'notices.page'
  | 'finance.budget'
  | 'finance.assets'
  | 'finance.debts'
  | 'finance.distributions'
  | 'finance.specials'
  | 'finance.special'
  | 'people.duties'
  | 'search'
  | 'kiosk.freshness'

/** The public sections' handlers, bound once in core.ts. */
export const sectionHandlers: HandlerGroup<SectionMethod> = {
  ...projectHandlers,
  ...matterHandlers,
  ...meetingHandlers,
  ...noticeHandlers,
  ...budgetHandlers,
  ...registerHandlers,
  ...specialHandlers,
  ...dutyHandlers,
  ...searchHandlers,
  ...freshnessHandlers,
}
