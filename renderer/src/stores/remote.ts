import { ref, shallowRef } from 'vue'
import { asProblem, type ApiProblem } from '../api'

/**
 * One value fetched from core, as stores keep it: old data stays on screen while a refresh
 * runs, and a slow answer to an older request never overwrites a newer one.
 */
export function useRemote<T, A extends unknown[]>(fetcher: (...args: A) => Promise<T>) {
  const data = shallowRef<T | null>(null)
  const error = shallowRef<ApiProblem | null>(null)
  const loading = ref(false)
  let ticket = 0

  async function load(...args: A): Promise<void> {
    const mine = ++ticket
    loading.value = true
    try {
      const value = await fetcher(...args)
      if (mine !== ticket) return
      data.value = value
      error.value = null
    } catch (e) {
      if (mine !== ticket) return
      error.value = asProblem(e)
    } finally {
      if (mine === ticket) loading.value = false
    }
  }

  function clear(): void {
    ticket++
    data.value = null
    error.value = null
    loading.value = false
  }

  return { data, error, loading, load, clear }
}
