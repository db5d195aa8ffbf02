import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { call } from '../api'
import { onKioskReset } from '../composables/kiosk-reset'
import { useRemote } from './remote'

/** Longest query the core accepts (contract's SearchQuery). */
export const MAX_QUERY = 30

/**
 * 搜索: what the villager has typed on the on-screen keyboard and what it found. Registered
 * with the reset bus, so the next person never sees the last person's search.
 */
export const useSearchStore = defineStore('search', () => {
  const query = ref('')
  const result = useRemote((q: string) => call('search', { q }))
  const trimmed = computed(() => query.value.trim())

  async function run(): Promise<void> {
    if (!trimmed.value) {
      result.clear()
      return
    }
    await result.load(trimmed.value)
  }

  function setQuery(q: string): void {
    query.value = q.slice(0, MAX_QUERY)
    void run()
  }

  function reset(): void {
    query.value = ''
    result.clear()
  }

  onKioskReset({ reset, dirty: () => query.value !== '' })

  return {
    query,
    result: result.data,
    loading: result.loading,
    error: result.error,
    type: (letter: string) => setQuery(query.value + letter),
    backspace: () => setQuery([...query.value].slice(0, -1).join('')),
    setQuery,
    reset,
    refresh: async () => {
      if (result.data.value) await run()
    },
  }
})
