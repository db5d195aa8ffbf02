/** The ledger workflow's handlers, merged so core.ts binds them with one spread. */
import type { HandlerGroup } from '../../api/handlers'
import { correctionReturnHandlers } from './correction-return'
import { correctionHandlers } from './corrections'
import { entryHandlers } from './entries'
import { sheetHandlers } from './sheets'
import { viewHandlers } from './views'

/** Methods of contract/api/ledger-admin.ts. */
export type LedgerAdminMethod =
  | 'ledger.sheets'
  | 'ledger.drafts'
  | 'ledger.projectChoices'
  | 'ledger.saveEntry'
  | 'ledger.removeEntry'
  | 'ledger.closePeriod'
  | 'ledger.submit'
  | 'ledger.return'
  | 'ledger.publish'
  | 'ledger.correct'
  | 'ledger.publishCorrection'
  | 'ledger.returnCorrection'
  | 'ledger.reviseCorrection'
  | 'ledger.pending'

/** Every handler of the cadres' ledger workflow; role checks happen in createApi first. */
export const ledgerAdminHandlers: HandlerGroup<LedgerAdminMethod> = {
  ...viewHandlers,
  ...entryHandlers,
  ...sheetHandlers,
  ...correctionHandlers,
  ...correctionReturnHandlers,
}
