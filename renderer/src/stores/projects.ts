import { defineStore } from 'pinia'
import { computed, reactive } from 'vue'
import type { Stage } from '../../../contract'
import { call } from '../api'
import { useListPages } from './list-pages'
import { useRemote } from './remote'

/** 项目进度: the list (optionally one stage), a page at a time, and the project opened from it. */
export const useProjectsStore = defineStore('projects', () => {
  const pages = useListPages((stage: Stage | null, offset: number, limit: number) =>
    call('projects.list', stage ? { stage, offset, limit } : { offset, limit }),
  )
  const detail = useRemote((id: string) => call('projects.get', { id }))
  /** The stage button the villager chose; null shows every project. */
  const stage = computed(() => pages.args.value?.value ?? null)

  async function open(id: string): Promise<void> {
    if (detail.data.value?.id !== id) detail.clear()
    await detail.load(id)
  }

  async function refresh(): Promise<void> {
    await pages.refresh()
    if (detail.data.value) await detail.load(detail.data.value.id)
  }

  return {
    stage,
    /** rows, total, hasMore, loadMore … of the list shown. */
    list: reactive(pages),
    detail: detail.data,
    detailLoading: detail.loading,
    detailError: detail.error,
    openList: (s: Stage | null) => pages.open(s),
    open,
    refresh,
  }
})
