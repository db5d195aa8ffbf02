import { defineStore } from 'pinia'
import { call } from '../api'
import { useRemote } from './remote'

/** What the home screen summarises: latest totals, projects, decisions, notices, questions. */
export const useHomeStore = defineStore('home', () => {
  const summary = useRemote(() => call('home.summary', {}))
  let prefetched = false

  return {
    /** Start-up asks the summary before the home screen exists; the screen then uses that answer. */
    prefetch: (): Promise<void> => {
      prefetched = true
      return summary.load()
    },
    /** True once after a prefetch: the home screen need not ask again. */
    takePrefetched: () => {
      const was = prefetched
      prefetched = false
      return was
    },
    summary: summary.data,
    error: summary.error,
    loading: summary.loading,
    refresh: () => summary.load(),
  }
})
