import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { MeetingKind } from '../../../contract'
import { call } from '../api'
import { useRemote } from './remote'

/** 会议: meetings of one kind (or all) with their minutes, and one opened from search. */
export const useMeetingsStore = defineStore('meetings', () => {
  const list = useRemote((kind: MeetingKind | null) => call('meetings.list', kind ? { kind } : {}))
  const detail = useRemote((id: string) => call('meetings.get', { id }))
  const kind = ref<MeetingKind | null>(null)

  async function open(id: string): Promise<void> {
    if (detail.data.value?.id !== id) detail.clear()
    await detail.load(id)
  }

  async function openList(k: MeetingKind | null): Promise<void> {
    kind.value = k
    await list.load(k)
  }

  async function refresh(): Promise<void> {
    if (list.data.value) await list.load(kind.value)
    if (detail.data.value) await detail.load(detail.data.value.id)
  }

  return {
    kind,
    list: list.data,
    loading: list.loading,
    error: list.error,
    detail: detail.data,
    detailLoading: detail.loading,
    detailError: detail.error,
    openList,
    open,
    refresh,
  }
})
