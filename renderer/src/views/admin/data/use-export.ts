/**
 * One export at a time: ask core for the file, let the cadre pick a USB folder in the app's
 * own browser (保存到U盘, never the OS Save dialog), have core write it there, say where.
 */
import { ref, shallowRef } from 'vue'
import { useI18n } from '../../../i18n'
import type { ExportFile } from '../../../../../contract/schemas/data-export'
import { asProblem, call, type ApiProblem } from '../../../api'

/** State shared by the export cards of one screen. */
export function useExport() {
  const { t } = useI18n()
  const busy = ref(false)
  const problem = shallowRef<ApiProblem | null>(null)
  const notice = ref('')
  /** A made file waiting for its folder; the screen shows the USB browser while it is set. */
  const pending = shallowRef<ExportFile | null>(null)
  let rowsWord = ''

  async function make(work: () => Promise<ExportFile>, pdf = false): Promise<void> {
    busy.value = true
    problem.value = null
    notice.value = ''
    try {
      const file = await work()
      rowsWord = pdf ? '' : t('data.export.rows', { rows: file.rows })
      pending.value = file
    } catch (e) {
      problem.value = asProblem(e)
      busy.value = false
    }
  }

  /** Core writes the file into the picked folder (temp → fsync → rename). */
  async function saveTo(folder: string): Promise<void> {
    const file = pending.value
    pending.value = null
    if (!file) return
    try {
      const { path } = await call('drives.write', {
        folder,
        fileName: file.fileName,
        bytesBase64: file.bytesBase64,
      })
      notice.value = t('data.export.savedTo', { path, rows: rowsWord })
    } catch (e) {
      problem.value = asProblem(e)
    } finally {
      busy.value = false
    }
  }

  function cancel(): void {
    pending.value = null
    busy.value = false
  }

  return { busy, problem, notice, pending, make, saveTo, cancel }
}
