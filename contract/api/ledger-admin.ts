/** Keeping the books: the clerk enters and submits a period, the 监委 returns or signs it. */
import type { LedgerEntry, PeriodSheet } from '../schemas/ledger'
import {
  CorrectEntryInput,
  EntryIdInput,
  PeriodInput,
  ReturnCorrectionInput,
  ReturnSheetInput,
  SaveEntryInput,
} from '../schemas/ledger-admin'
import type {
  LedgerDraftsView,
  LedgerPending,
  ProjectChoice,
  LedgerSheetsView,
} from '../schemas/ledger-admin'
import { method, None } from './define'

const CADRES = ['clerk', 'supervisor', 'admin'] as const
const KEEPERS = ['clerk', 'admin'] as const
const SIGNERS = ['supervisor'] as const

export const ledgerAdminApi = {
  'ledger.sheets': method(None, CADRES).returns<LedgerSheetsView>(),
  'ledger.drafts': method(PeriodInput, CADRES).returns<LedgerDraftsView>(),
  'ledger.projectChoices': method(None, CADRES).returns<ProjectChoice[]>(),
  'ledger.saveEntry': method(SaveEntryInput, KEEPERS).returns<LedgerEntry>(),
  'ledger.removeEntry': method(EntryIdInput, KEEPERS).returns<{ id: string }>(),
  'ledger.closePeriod': method(PeriodInput, KEEPERS).returns<PeriodSheet>(),
  'ledger.submit': method(PeriodInput, KEEPERS).returns<PeriodSheet>(),
  'ledger.return': method(ReturnSheetInput, SIGNERS).returns<PeriodSheet>(),
  'ledger.publish': method(PeriodInput, SIGNERS).returns<PeriodSheet>(),
  'ledger.correct': method(CorrectEntryInput, KEEPERS).returns<LedgerEntry>(),
  'ledger.publishCorrection': method(EntryIdInput, SIGNERS).returns<LedgerEntry>(),
  'ledger.returnCorrection': method(ReturnCorrectionInput, SIGNERS).returns<LedgerEntry>(),
  /** A returned correction fixed and sent for sign-off again (id: the correction's own). */
  'ledger.reviseCorrection': method(CorrectEntryInput, KEEPERS).returns<LedgerEntry>(),
  'ledger.pending': method(None, CADRES).returns<LedgerPending>(),
} as const
