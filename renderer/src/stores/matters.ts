import { defineStore } from 'pinia'
import { call } from '../api'
import { useRemote } from './remote'

/** 四议两公开: every published matter and the one opened, with its six steps. */
export const useMattersStore = defineStore('matters', () => {
  const list = useRemote(() => call('matters.list', {}))
  const detail = useRemote((id: string) => call('matters.get', { id }))

  async function open(id: string): Promise<void> {
    if (detail.data.value?.id !== id) detail.clear()
    await detail.load(id)
  }

  async function refresh(): Promise<void> {
    if (list.data.value) await list.load()
    if (detail.data.value) await detail.load(detail.data.value.id)
  }

  return {
    list: list.data,
    listLoading: list.loading,
    listError: list.error,
    detail: detail.data,
    detailLoading: detail.loading,
    detailError: detail.error,
    loadList: () => list.load(),
    open,
    refresh,
  }
})
