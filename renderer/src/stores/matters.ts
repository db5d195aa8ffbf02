import { defineStore } from 'pinia'
import { reactive } from 'vue'
import { call } from '../api'
import { useListPages } from './list-pages'
import { useRemote } from './remote'

/** 四议两公开: published matters a page at a time, and the one opened, with its six steps. */
export const useMattersStore = defineStore('matters', () => {
  const pages = useListPages((_all: null, offset: number, limit: number) =>
    call('matters.list', { offset, limit }),
  )
  const detail = useRemote((id: string) => call('matters.get', { id }))

  async function open(id: string): Promise<void> {
    if (detail.data.value?.id !== id) detail.clear()
    await detail.load(id)
  }

  async function refresh(): Promise<void> {
    await pages.refresh()
    if (detail.data.value) await detail.load(detail.data.value.id)
  }

  return {
    /** rows, total, hasMore, loadMore … of the list shown. */
    list: reactive(pages),
    detail: detail.data,
    detailLoading: detail.loading,
    detailError: detail.error,
    loadList: () => pages.open(null),
    open,
    refresh,
  }
})
