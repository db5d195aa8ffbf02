import { defineStore } from 'pinia'
import { computed } from 'vue'
import { DEFAULT_SETTINGS } from '../../../contract'
import { call } from '../api'
import { useRemote } from './remote'

/** The kiosk settings cadres set (idle time, large-expense line), with defaults until loaded. */
export const useSettingsStore = defineStore('settings', () => {
  const settings = useRemote(() => call('settings.get', {}))
  const current = computed(() => settings.data.value ?? DEFAULT_SETTINGS)

  return {
    current,
    idleSeconds: computed(() => current.value.idleSeconds),
    refresh: () => settings.load(),
  }
})
