import { defineStore } from 'pinia'
import { computed, reactive } from 'vue'
import type { MeetingKind } from '../../../contract'
import { call } from '../api'
import { useListPages } from './list-pages'
import { useRemote } from './remote'

/** 会议: meetings of one kind (or all) a page at a time, and one opened from search. */
export const useMeetingsStore = defineStore('meetings', () => {
  const pages = useListPages((kind: MeetingKind | null, offset: number, limit: number) =>
    call('meetings.list', kind ? { kind, offset, limit } : { offset, limit }),
  )
  const detail = useRemote((id: string) => call('meetings.get', { id }))
  const kind = computed(() => pages.args.value?.value ?? null)

  async function open(id: string): Promise<void> {
    if (detail.data.value?.id !== id) detail.clear()
    await detail.load(id)
  }

  async function refresh(): Promise<void> {
    await pages.refresh()
    if (detail.data.value) await detail.load(detail.data.value.id)
  }

  return {
    kind,
    /** rows, total, hasMore, loadMore … of the list shown. */
    list: reactive(pages),
    detail: detail.data,
    detailLoading: detail.loading,
    detailError: detail.error,
    openList: (k: MeetingKind | null) => pages.open(k),
    open,
    refresh,
  }
})
