import { defineStore } from 'pinia'
import { computed } from 'vue'
import { call } from '../api'
import { useRemote } from './remote'

/** The village profile the shell shows on every screen (name, township, demo flag). */
export const useVillageStore = defineStore('village', () => {
  const village = useRemote(() => call('village.get', {}))
  const profile = village.data
  const supervisors = computed(() =>
    (profile.value?.members ?? []).filter((m) => m.body === 'supervision').map((m) => m.name),
  )

  return {
    profile,
    supervisors,
    error: village.error,
    loading: village.loading,
    refresh: () => village.load(),
  }
})
