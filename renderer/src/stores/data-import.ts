import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { CategoryCode, SheetListItem } from '../../../contract'
import type {
  ImportFileInput,
  ImportMapping,
  ImportPreview,
  ImportResult,
} from '../../../contract/schemas/data-import'
import { IMPORT_MAX_BYTES } from '../../../contract/schemas/data-import'
import { ApiProblem, asProblem, call } from '../api'
import { useBusyRun } from '../composables/use-busy-run'

interface PickedFile {
  name: string
  size: number
  base64: string
}

/**
 * The import screen: which open period, the picked file, the preview core made of it and the
 * clerk's corrections to the column mapping. Core parses and decides; this keeps and asks.
 */
export const useDataImportStore = defineStore('dataImport', () => {
  const periods = shallowRef<SheetListItem[] | null>(null)
  const period = ref('')
  const file = shallowRef<PickedFile | null>(null)
  const preview = shallowRef<ImportPreview | null>(null)
  const mapping = ref<ImportMapping>({})
  const sheet = ref<string | undefined>(undefined)
  const result = shallowRef<ImportResult | null>(null)
  const problem = shallowRef<ApiProblem | null>(null)
  const busy = ref(false)

  /** Periods a clerk may still add lines to ('' is "each line to the period of its date"). */
  async function loadPeriods(wanted?: string): Promise<void> {
    try {
      const view = await call('ledger.sheets', {})
      periods.value = view.sheets.filter((s) => s.status === 'draft' || s.status === 'returned')
      const keys = periods.value.map((s) => s.key)
      period.value = wanted && keys.includes(wanted) ? wanted : (keys[0] ?? '')
    } catch (e) {
      problem.value = asProblem(e)
    }
  }

  const input = (withMapping: boolean): ImportFileInput | null =>
    file.value
      ? {
          fileName: file.value.name,
          bytesBase64: file.value.base64,
          ...(period.value ? { period: period.value } : {}),
          ...(sheet.value ? { sheet: sheet.value } : {}),
          ...(withMapping && preview.value
            ? { mapping: { ...mapping.value }, headerRow: preview.value.headerRow }
            : {}),
        }
      : null

  const run = useBusyRun(busy, problem)

  /** Asks core for a preview: the first time with its own guesses, later with the clerk's. */
  async function check(track: <T>(p: Promise<T>) => Promise<T>, withMapping = false) {
    const req = input(withMapping)
    if (!req) return
    result.value = null
    const p = await run(() => track(call('import.preview', req)))
    preview.value = p
    if (p) {
      mapping.value = { ...p.mapping }
      sheet.value = p.sheet
    }
  }

  /** Keeps a picked file (refusing an obviously huge one before sending it) and checks it. */
  function pick(name: string, size: number, base64: string | null, tooBig: string): boolean {
    preview.value = null
    result.value = null
    sheet.value = undefined
    if (size > IMPORT_MAX_BYTES || base64 === null) {
      file.value = null
      problem.value = new ApiProblem('BAD_INPUT', tooBig)
      return false
    }
    file.value = { name, size, base64 }
    problem.value = null
    return true
  }

  async function commit(track: <T>(p: Promise<T>) => Promise<T>): Promise<void> {
    const req = input(true)
    if (!req || !preview.value?.canCommit) return
    const r = await run(() => track(call('import.commit', req)))
    if (r) {
      result.value = r
      preview.value = null
      file.value = null
    }
  }

  /** The clerk's answer to "which category is this 会计科目": kept by core, then checked again. */
  async function answer(
    track: <T>(p: Promise<T>) => Promise<T>,
    choice: { subject: string; category: CategoryCode; item: string },
  ): Promise<void> {
    const saved = await run(() => call('subjects.save', choice))
    if (saved) await check(track, true)
  }

  const canCommit = computed(() => !!preview.value?.canCommit && !busy.value)

  return {
    periods,
    period,
    file,
    preview,
    mapping,
    sheet,
    result,
    problem,
    busy,
    canCommit,
    loadPeriods,
    check,
    pick,
    commit,
    answer,
  }
})
