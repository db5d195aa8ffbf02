import { defineStore } from 'pinia'
import { call } from '../api'
import { useRemote } from './remote'

/** 公示公告: current and archived notices, and the one opened (a 公示 with its countdown). */
export const useNoticesStore = defineStore('notices', () => {
  const lists = useRemote(() => call('notices.list', {}))
  const detail = useRemote((id: string) => call('notices.get', { id }))

  async function open(id: string): Promise<void> {
    if (detail.data.value?.id !== id) detail.clear()
    await detail.load(id)
  }

  async function refresh(): Promise<void> {
    if (lists.data.value) await lists.load()
    if (detail.data.value) await detail.load(detail.data.value.id)
  }

  return {
    lists: lists.data,
    listLoading: lists.loading,
    listError: lists.error,
    detail: detail.data,
    detailLoading: detail.loading,
    detailError: detail.error,
    loadLists: () => lists.load(),
    open,
    refresh,
  }
})
