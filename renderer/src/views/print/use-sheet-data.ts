/** What the printed 公开表 shows, fetched together; `ready` tells the printer it may print. */
import { shallowRef } from 'vue'
import type { Checkpoint, PeriodSheetView, VillageView } from '../../../../contract'
import { asProblem, call, type ApiProblem } from '../../api'

export interface SheetData {
  sheet: PeriodSheetView
  village: VillageView
  checkpoint: Checkpoint
  /** The kiosk's signing fingerprint ('' when none is set up), for the township to compare. */
  fingerprint: string
  printedAt: Date
}

/** Loads the published sheet, the village and the journal head at print time. */
export function useSheetData() {
  const data = shallowRef<SheetData | null>(null)
  const problem = shallowRef<ApiProblem | null>(null)

  async function load(period: string): Promise<void> {
    try {
      const [sheet, village, checkpoint, identity] = await Promise.all([
        call('ledger.sheet', { period, all: true }),
        call('village.get', {}),
        call('system.checkpoint', {}),
        call('township.identity', {}),
      ])
      const fingerprint = identity.fingerprint
      data.value = { sheet, village, checkpoint, fingerprint, printedAt: new Date() }
    } catch (e) {
      problem.value = asProblem(e)
    }
  }

  return { data, problem, load }
}
