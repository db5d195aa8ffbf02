/** One export at a time: ask core for the file, hand it to the download, say what happened. */
import { ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { ExportFile } from '../../../../../contract/schemas/data-export'
import { asProblem, type ApiProblem } from '../../../api'
import { saveExport } from './files'

/** State shared by the export cards of one screen. */
export function useExport() {
  const { t } = useI18n()
  const busy = ref(false)
  const problem = shallowRef<ApiProblem | null>(null)
  const notice = ref('')

  async function make(work: () => Promise<ExportFile>, pdf = false): Promise<void> {
    busy.value = true
    problem.value = null
    notice.value = ''
    try {
      const file = await work()
      saveExport(file)
      notice.value = pdf
        ? t('data.export.savedPdf', { name: file.fileName })
        : t('data.export.saved', { name: file.fileName, rows: file.rows })
    } catch (e) {
      problem.value = asProblem(e)
    } finally {
      busy.value = false
    }
  }

  return { busy, problem, notice, make }
}
