import { computed, ref, shallowRef } from 'vue'
import { SHEET_PAGE, SHEET_PAGE_MAX, type LedgerEntryView } from '../../../contract'
import { asProblem, call, type ApiProblem } from '../api'
import { useRemote } from './remote'
import { takeTurns } from './take-turns'

/**
 * A published sheet as the kiosk holds it: core sends the totals and the first page of lines,
 * and further pages are asked for as the villager reaches the end of the list. Totals are only
 * ever core's, over the whole period; nothing here sums lines.
 */
export function useSheetPages() {
  const sheet = useRemote((period: string) => call('ledger.sheet', { period }))
  /** Lines fetched after the first page, and the period they belong to. */
  const extra = shallowRef<{ key: string; list: LedgerEntryView[] }>({ key: '', list: [] })
  const moreLoading = ref(false)
  const moreError = shallowRef<ApiProblem | null>(null)
  /** Bumped whenever the first page is replaced, so an older page's answer is dropped. */
  let generation = 0

  const entries = computed<LedgerEntryView[]>(() => {
    const shown = sheet.data.value
    if (!shown) return []
    const more = extra.value.key === shown.key ? extra.value.list : []
    return more.length ? shown.entries.concat(more) : shown.entries
  })
  const hasMore = computed(
    () => !!sheet.data.value && entries.value.length < sheet.data.value.entryCount,
  )

  /** Loads a period's first page, dropping the pages of whatever was shown before. */
  async function open(period: string): Promise<void> {
    generation++
    moreLoading.value = false
    moreError.value = null
    await sheet.load(period)
    if (sheet.data.value?.key === period && !sheet.error.value)
      extra.value = { key: period, list: [] }
  }

  /**
   * 再看 and a reload after a publish take turns: side by side, the reload (counting the lines
   * shown when it began) dropped the lines the tap had just brought.
   */
  const inTurn = takeTurns()

  /** Fetches up to `limit` more lines (one page unless told); a no-op while one is on its way. */
  async function loadMore(limit = SHEET_PAGE): Promise<void> {
    if (!sheet.data.value || !hasMore.value || moreLoading.value) return
    const mine = generation
    moreLoading.value = true
    moreError.value = null
    await inTurn(async () => {
      const shown = sheet.data.value
      if (mine !== generation || !shown || !hasMore.value) return
      try {
        const page = await call('ledger.sheetEntries', {
          period: shown.key,
          offset: entries.value.length,
          limit,
        })
        if (mine !== generation) return
        const before = extra.value.key === shown.key ? extra.value.list : []
        extra.value = { key: shown.key, list: before.concat(page.entries) }
      } catch (e) {
        if (mine === generation) moreError.value = asProblem(e)
      }
    })
    if (mine === generation) moreLoading.value = false
  }

  /**
   * After a publish: the first page again, then as many lines as were shown before, swapped in
   * at once so the list keeps its length (and the villager their place) meanwhile.
   */
  async function reload(period: string): Promise<void> {
    const mine = generation
    await inTurn(async () => {
      if (mine !== generation) return
      const had = entries.value.length
      moreError.value = null
      await sheet.load(period)
      const shown = sheet.data.value
      if (mine !== generation || shown?.key !== period || sheet.error.value) return
      const want = Math.min(had, shown.entryCount)
      const list: LedgerEntryView[] = []
      try {
        for (let offset = shown.entries.length; offset < want;) {
          const limit = Math.min(SHEET_PAGE_MAX, want - offset)
          const page = await call('ledger.sheetEntries', { period, offset, limit })
          if (mine !== generation) return
          if (!page.entries.length) break
          list.push(...page.entries)
          offset += page.entries.length
        }
      } catch (e) {
        moreError.value = asProblem(e)
      }
      extra.value = { key: period, list }
    })
  }

  return {
    data: sheet.data,
    loading: sheet.loading,
    error: sheet.error,
    entries,
    hasMore,
    moreLoading,
    moreError,
    open,
    loadMore,
    reload,
  }
}
