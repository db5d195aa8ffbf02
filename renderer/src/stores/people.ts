import { defineStore } from 'pinia'
import { call } from '../api'
import { useRemote } from './remote'

/** 村干部: the year-round duties (members themselves come from the village store). */
export const usePeopleStore = defineStore('people', () => {
  const duties = useRemote(() => call('people.duties', {}))

  return {
    duties: duties.data,
    loading: duties.loading,
    error: duties.error,
    load: () => duties.load(),
    refresh: async () => {
      if (duties.data.value) await duties.load()
    },
  }
})
