import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { call } from '../api'
import { groupByYear } from '../format/period'
import { useHomeStore } from './home'
import { useRemote } from './remote'
import { useSheetPages } from './sheet-pages'

/** 财务公开: the published periods, the sheet being looked at, and the entry opened from it. */
export const useFinanceStore = defineStore('finance', () => {
  const periods = useRemote(() => call('ledger.periods', {}))
  const sheet = useSheetPages()
  const entry = useRemote((id: string) => call('ledger.entry', { id }))
  /** The period the villager chose; null means "the newest". */
  const chosen = ref<string | null>(null)
  /**
   * Where each period's entry list was scrolled to, in rows, so 返回 from a detail lands on the
   * same line, also when 大字 was switched on there (rows are taller then).
   */
  const listScroll = new Map<string, number>()

  const years = computed(() => groupByYear(periods.data.value ?? []))
  const newestKey = computed(() => years.value[0]?.periods[0]?.key ?? null)
  const currentKey = computed(() => chosen.value ?? newestKey.value)

  async function loadPeriods(): Promise<void> {
    if (!periods.data.value) await periods.load()
  }

  const needsOpen = (key: string) => sheet.data.value?.key !== key || sheet.error.value !== null

  /**
   * Shows a period (or the newest when key is null), loading its sheet unless already shown.
   * The sheet is asked together with the list of periods, not after it: the period is the one
   * tapped, or the newest the home screen already showed. Only when the list then says another
   * period is the newest (one was published meanwhile) is that one asked for as well.
   */
  async function openPeriod(key: string | null): Promise<void> {
    chosen.value = key
    const guess = key ?? newestKey.value ?? useHomeStore().summary?.latest?.key ?? null
    const early = guess && needsOpen(guess) ? sheet.open(guess) : null
    await loadPeriods()
    const target = currentKey.value
    if (target && target === guess && early) return early
    if (target && needsOpen(target)) await sheet.open(target)
  }

  async function openEntry(id: string): Promise<void> {
    if (entry.data.value?.id !== id) entry.clear()
    await entry.load(id)
  }

  /** After a publish: reload what is on screen, keeping it visible meanwhile. */
  async function refresh(): Promise<void> {
    if (!periods.data.value && !sheet.data.value && !entry.data.value) return
    await periods.load()
    const key = currentKey.value
    if (sheet.data.value && key) await sheet.reload(key)
    if (entry.data.value) await entry.load(entry.data.value.id)
  }

  return {
    years,
    currentKey,
    periodsLoading: periods.loading,
    periodsError: periods.error,
    periodsLoaded: computed(() => periods.data.value !== null),
    sheet: sheet.data,
    sheetLoading: sheet.loading,
    sheetError: sheet.error,
    /** The sheet's lines fetched so far (its first page, then each page asked for). */
    entries: sheet.entries,
    hasMoreEntries: sheet.hasMore,
    moreLoading: sheet.moreLoading,
    moreError: sheet.moreError,
    loadMoreEntries: () => sheet.loadMore(),
    entry: entry.data,
    entryLoading: entry.loading,
    entryError: entry.error,
    listScroll,
    openPeriod,
    openEntry,
    retryPeriods: () => periods.load(),
    refresh,
  }
})
