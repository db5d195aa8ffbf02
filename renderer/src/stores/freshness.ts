import { defineStore } from 'pinia'
import { computed } from 'vue'
import type { SectionKey } from '../../../contract'
import { call } from '../api'
import { useRemote } from './remote'

/** "最后更新" of every section and whether finances are overdue by the quarterly rule. */
export const useFreshnessStore = defineStore('freshness', () => {
  const freshness = useRemote(() => call('kiosk.freshness', {}))
  const bySection = computed(
    () => new Map((freshness.data.value?.sections ?? []).map((s) => [s.section, s.lastUpdated])),
  )

  return {
    finance: computed(() => freshness.data.value?.finance ?? null),
    /** Latest publication in a section, undefined when unknown or none. */
    updated: (section: SectionKey) => bySection.value.get(section) || undefined,
    load: () => freshness.load(),
    refresh: () => freshness.load(),
  }
})
