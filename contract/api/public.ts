/** What any villager at the kiosk may read: published records only. */
import { z } from 'zod'
import { PeriodKey } from '../schemas/period-key'
import { Id } from '../schemas/common'
import type { Checkpoint, CheckpointAt, HomeSummary } from '../schemas/home'
import {
  SHEET_PAGE_MAX,
  type LedgerEntryView,
  type PeriodSheetView,
  type PeriodSummary,
  type SheetEntriesPage,
} from '../schemas/ledger'
import type { Settings } from '../schemas/settings'
import type { VillageView } from '../schemas/village'
import { method, None } from './define'

export const publicApi = {
  'village.get': method(None, 'public').returns<VillageView>(),
  'settings.get': method(None, 'public').returns<Settings>(),
  'home.summary': method(None, 'public').returns<HomeSummary>(),
  'ledger.periods': method(None, 'public').returns<PeriodSummary[]>(),
  /** Totals over the whole period and its first page of lines; `all` (the printed 公开表) sends every line. */
  'ledger.sheet': method(
    z.object({ period: PeriodKey, all: z.boolean().optional() }).strict(),
    'public',
  ).returns<PeriodSheetView>(),
  'ledger.sheetEntries': method(
    z
      .object({
        period: PeriodKey,
        offset: z.number().int().min(0).max(1_000_000),
        limit: z.number().int().min(1).max(SHEET_PAGE_MAX),
      })
      .strict(),
    'public',
  ).returns<SheetEntriesPage>(),
  'ledger.entry': method(z.object({ id: Id }).strict(), 'public').returns<LedgerEntryView>(),
  'system.checkpoint': method(None, 'public').returns<Checkpoint>(),
  /** The 核验码 at an earlier number, read from the journal up to its last good entry. */
  'system.checkpointAt': method(
    z.object({ seq: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) }).strict(),
    'public',
  ).returns<CheckpointAt>(),
} as const
