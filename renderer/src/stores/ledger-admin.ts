import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { Input, Method, Output } from '../../../contract'
import { asProblem, call, type ApiProblem } from '../api'
import { useRemote } from './remote'

/**
 * The cadres' 账目 screens: the list of periods, the period being worked on, what waits for
 * sign-off, and every workflow step. Core decides what is allowed; this only asks and shows.
 */
export const useLedgerAdminStore = defineStore('ledgerAdmin', () => {
  const sheets = useRemote(() => call('ledger.sheets', {}))
  const drafts = useRemote((period: string) => call('ledger.drafts', { period }))
  const pending = useRemote(() => call('ledger.pending', {}))
  const projects = useRemote(() => call('ledger.projectChoices', {}))
  /** A step is running: buttons wait, so a double tap never sends twice. */
  const busy = ref(false)
  /** Why the last step was refused, in core's words; forms show `fields` next to each field. */
  const problem = shallowRef<ApiProblem | null>(null)
  /** What the last step did, said once in plain words. */
  const notice = ref('')

  /** Runs one workflow step; on refusal keeps the problem and returns null. */
  async function step<M extends Method>(
    method: M,
    input: Input<M>,
    done: string,
  ): Promise<Output<M> | null> {
    if (busy.value) return null
    busy.value = true
    problem.value = null
    notice.value = ''
    try {
      const out = await call(method, input)
      notice.value = done
      return out
    } catch (e) {
      problem.value = asProblem(e)
      return null
    } finally {
      busy.value = false
    }
  }

  /** Reloads what the screens show after a step changed something. */
  async function reload(period?: string): Promise<void> {
    const work: Array<Promise<void>> = [sheets.load(), pending.load()]
    if (period) work.push(drafts.load(period))
    await Promise.all(work)
  }

  async function openPeriod(period: string): Promise<void> {
    if (drafts.data.value?.period !== period) drafts.clear()
    problem.value = null
    notice.value = ''
    await drafts.load(period)
  }

  async function openHome(): Promise<void> {
    problem.value = null
    await Promise.all([sheets.load(), pending.load()])
  }

  return {
    sheets: sheets.data,
    sheetsError: sheets.error,
    sheetsLoading: sheets.loading,
    drafts: drafts.data,
    draftsError: drafts.error,
    draftsLoading: drafts.loading,
    pending: pending.data,
    projects: projects.data,
    busy,
    problem,
    notice,
    step,
    reload,
    openPeriod,
    openHome,
    loadPending: () => pending.load(),
    loadProjects: () => projects.load(),
    clearProblem: () => {
      problem.value = null
    },
  }
})
