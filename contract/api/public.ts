/** What any villager at the kiosk may read: published records only. */
import { z } from 'zod'
import { PeriodKey } from '../period'
import { Id } from '../schemas/common'
import type { Checkpoint, HomeSummary } from '../schemas/home'
import type { LedgerEntryView, PeriodSheetView, PeriodSummary } from '../schemas/ledger'
import type { Settings } from '../schemas/settings'
import type { VillageView } from '../schemas/village'
import { method, None } from './define'

export const publicApi = {
  'village.get': method(None, 'public').returns<VillageView>(),
  'settings.get': method(None, 'public').returns<Settings>(),
  'home.summary': method(None, 'public').returns<HomeSummary>(),
  'ledger.periods': method(None, 'public').returns<PeriodSummary[]>(),
  'ledger.sheet': method(
    z.object({ period: PeriodKey }).strict(),
    'public',
  ).returns<PeriodSheetView>(),
  'ledger.entry': method(z.object({ id: Id }).strict(), 'public').returns<LedgerEntryView>(),
  'system.checkpoint': method(None, 'public').returns<Checkpoint>(),
} as const
