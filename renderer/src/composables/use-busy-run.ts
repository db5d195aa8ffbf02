import type { Ref } from 'vue'
import { asProblem, type ApiProblem } from '../api'

/**
 * Runs one piece of work with `busy` on (buttons greyed while it lasts) and its failure put in
 * `problem` for the screen to show; gives the result, or null when it failed.
 */
export function useBusyRun(busy: Ref<boolean>, problem: Ref<ApiProblem | null>) {
  return async function run<T>(work: () => Promise<T>): Promise<T | null> {
    busy.value = true
    problem.value = null
    try {
      return await work()
    } catch (e) {
      problem.value = asProblem(e)
      return null
    } finally {
      busy.value = false
    }
  }
}
