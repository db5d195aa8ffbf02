/** The public (no-login) handlers, merged so createApi can bind them in one place. */
import type { HandlerGroup } from '../api/handlers'
import { homeHandlers } from './home'
import { ledgerHandlers } from './ledger'
import { villageHandlers } from './village'

/** Methods a villager at the kiosk may call without logging in. */
export type PublicMethod =
  | 'village.get'
  | 'settings.get'
  | 'home.summary'
  | 'ledger.periods'
  | 'ledger.sheet'
  | 'ledger.sheetEntries'
  | 'ledger.entry'

/** Every public read handler; each returns published, current records only. */
export const publicHandlers: HandlerGroup<PublicMethod> = {
  ...villageHandlers,
  ...homeHandlers,
  ...ledgerHandlers,
}
