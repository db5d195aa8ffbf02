import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Stage } from '../../../contract'
import { call } from '../api'
import { useRemote } from './remote'

/** 项目进度: the list (optionally one stage) and the project opened from it. */
export const useProjectsStore = defineStore('projects', () => {
  const list = useRemote((stage: Stage | null) => call('projects.list', stage ? { stage } : {}))
  const detail = useRemote((id: string) => call('projects.get', { id }))
  /** The stage button the villager chose; null shows every project. */
  const stage = ref<Stage | null>(null)

  async function openList(s: Stage | null): Promise<void> {
    stage.value = s
    await list.load(s)
  }

  async function open(id: string): Promise<void> {
    if (detail.data.value?.id !== id) detail.clear()
    await detail.load(id)
  }

  async function refresh(): Promise<void> {
    if (list.data.value) await list.load(stage.value)
    if (detail.data.value) await detail.load(detail.data.value.id)
  }

  return {
    stage,
    list: list.data,
    listLoading: list.loading,
    listError: list.error,
    detail: detail.data,
    detailLoading: detail.loading,
    detailError: detail.error,
    openList,
    open,
    refresh,
  }
})
