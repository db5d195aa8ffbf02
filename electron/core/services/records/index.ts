/** Every handler of the cadres' non-finance records, bound in core.ts with one spread. */
import type { HandlerGroup } from '../../api/handlers'
import type { RecordsAdminMethod } from '../../../../contract/api/records-admin'
import { dutyHandlers } from './duties'
import { matterHandlers } from './matters'
import { meetingHandlers } from './meetings'
import { memberHandlers } from './members'
import { noticeHandlers } from './notices'
import { pendingHandlers } from './pending'
import { projectHandlers } from './projects'
import { settingsHandlers } from './settings'

export const recordsAdminHandlers: HandlerGroup<RecordsAdminMethod> = {
  ...projectHandlers,
  ...matterHandlers,
  ...meetingHandlers,
  ...noticeHandlers,
  ...pendingHandlers,
  ...memberHandlers,
  ...dutyHandlers,
  ...settingsHandlers,
}
