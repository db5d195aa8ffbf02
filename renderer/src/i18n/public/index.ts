/** The full kiosk's words (issue 3), merged into zh-CN.ts by one spread. */
import { accountsMessages } from './accounts'
import { financeMoreMessages } from './finance-more'
import { kioskMessages, revisionMessages } from './kiosk'
import { mattersMessages } from './matters'
import { noticesMessages } from './notices'
import { peopleMessages } from './people'
import { projectsMessages } from './projects'
import { searchMessages } from './search'

export { sectionTiles } from './tiles'

export const publicMessages = {
  ...kioskMessages,
  ...revisionMessages,
  ...financeMoreMessages,
  ...projectsMessages,
  ...mattersMessages,
  ...noticesMessages,
  ...peopleMessages,
  ...searchMessages,
  ...accountsMessages,
}
