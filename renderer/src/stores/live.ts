import { onRecordsChanged } from '../api'
import { useFinanceStore } from './finance'
import { sectionStores } from './section-stores'
import { useHomeStore } from './home'
import { useQuestionsStore } from './questions'
import { useSupervisorChangeStore } from './supervisor-change'
import { useSystemStore } from './system'
import { useVillageStore } from './village'

/**
 * Keeps every screen current: after core commits a change (a sheet published, a notice
 * posted) the stores reload, so the kiosk never shows yesterday's figures. Bursts of changes
 * are folded into one reload.
 */
export function startLiveRefresh(delayMs = 300): () => void {
  // Looked up at the first change, not at start-up: the first screen does not wait for a dozen
  // stores it does not show to be set up (a store never opened refreshes as a no-op).
  const stores = () => [
    ...[useSystemStore(), useVillageStore(), useHomeStore(), useFinanceStore()],
    ...sectionStores(),
    useQuestionsStore(),
    useSupervisorChangeStore(),
  ]
  let timer: ReturnType<typeof setTimeout> | null = null
  const off = onRecordsChanged(() => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => {
      timer = null
      for (const s of stores()) void s.refresh()
    }, delayMs)
  })
  return () => {
    if (timer) clearTimeout(timer)
    off()
  }
}
