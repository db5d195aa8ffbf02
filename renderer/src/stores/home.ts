import { defineStore } from 'pinia'
import { call } from '../api'
import { useRemote } from './remote'

/** What the home screen summarises: latest totals, projects, decisions, notices, questions. */
export const useHomeStore = defineStore('home', () => {
  const summary = useRemote(() => call('home.summary', {}))

  return {
    summary: summary.data,
    error: summary.error,
    loading: summary.loading,
    refresh: () => summary.load(),
  }
})
