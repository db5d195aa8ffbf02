import { defineStore } from 'pinia'
import { reactive } from 'vue'
import type { NoticeLists, NoticePart } from '../../../contract'
import { call } from '../api'
import { useListPages } from './list-pages'
import { useRemote } from './remote'

/**
 * 公示公告: the current and the archived notices, each a page at a time (notices.list brings both
 * first pages and both totals), and the one opened (a 公示 with its countdown).
 */
export const useNoticesStore = defineStore('notices', () => {
  const lists = useRemote(() => call('notices.list', {}))
  const pages = (part: NoticePart) =>
    useListPages((_p: NoticePart, offset: number, limit: number) =>
      call('notices.page', { part, offset, limit }),
    )
  const current = pages('current')
  const archive = pages('archive')
  const detail = useRemote((id: string) => call('notices.get', { id }))

  function firstPages(l: NoticeLists) {
    return {
      current: { items: l.current, offset: 0, total: l.currentTotal, latest: l.latest },
      archive: { items: l.archive, offset: 0, total: l.archiveTotal, latest: null },
    }
  }

  async function loadLists(): Promise<void> {
    await lists.load()
    if (!lists.data.value || lists.error.value) return
    const p = firstPages(lists.data.value)
    current.seed('current', p.current)
    archive.seed('archive', p.archive)
  }

  async function open(id: string): Promise<void> {
    if (detail.data.value?.id !== id) detail.clear()
    await detail.load(id)
  }

  async function refresh(): Promise<void> {
    if (lists.data.value) {
      await lists.load()
      if (lists.data.value && !lists.error.value) {
        const p = firstPages(lists.data.value)
        await Promise.all([current.refresh(p.current), archive.refresh(p.archive)])
      }
    }
    if (detail.data.value) await detail.load(detail.data.value.id)
  }

  return {
    lists: lists.data,
    listLoading: lists.loading,
    listError: lists.error,
    current: reactive(current),
    archive: reactive(archive),
    detail: detail.data,
    detailLoading: detail.loading,
    detailError: detail.error,
    loadLists,
    open,
    refresh,
  }
})
