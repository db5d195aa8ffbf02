import { describe, expect, it } from 'vitest'
import { LIST_PAGE } from '../../../../../../contract'
import { matterHandlers } from '../../../../../../electron/core/services/sections/matters'
import { noticeHandlers } from '../../../../../../electron/core/services/sections/notices'
import { createMemoryStore } from '../../../../../../electron/core/store/memory-store'
import { publicCtx, put } from '../fixtures'
import { gongshi, matter, step } from './fixtures'

const day = (i: number) =>
  `2026-${String(1 + (i % 10)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`

async function manyNotices() {
  const now = new Date('2026-11-25T02:00:00Z')
  const store = createMemoryStore(() => now)
  const current = Array.from({ length: 130 }, (_, i) =>
    gongshi({ id: `c-${String(i).padStart(3, '0')}`, validFrom: day(i), validTo: undefined }),
  )
  const ended = Array.from({ length: 70 }, (_, i) =>
    gongshi({ id: `e-${String(i).padStart(3, '0')}`, validFrom: '2025-01-01', validTo: day(i) }),
  )
  await put(store, 'notices', [...current, ...ended])
  return { ...publicCtx(store), now: () => now, froms: current.map((n) => n.validFrom) }
}

describe('public lists go out a page at a time, with totals over the whole set', () => {
  it('notices.list sends the first 50 of each part and both whole counts', async () => {
    const ctx = await manyNotices()
    const lists = await noticeHandlers['notices.list']({}, ctx)
    expect(lists.current).toHaveLength(LIST_PAGE)
    expect(lists.archive).toHaveLength(LIST_PAGE)
    expect([lists.currentTotal, lists.archiveTotal]).toEqual([130, 70])
    expect(lists.latest).toBe(ctx.froms.sort().at(-1))
  })

  it('notices.page walks a part in order without a gap or a repeat', async () => {
    const ctx = await manyNotices()
    const seen: string[] = []
    for (let offset = 0; offset < 130; offset += LIST_PAGE) {
      const page = await noticeHandlers['notices.page']({ part: 'current', offset }, ctx)
      expect(page.total).toBe(130)
      expect(page.offset).toBe(offset)
      seen.push(...page.items.map((n) => n.id))
    }
    expect(seen).toHaveLength(130)
    expect(new Set(seen).size).toBe(130)
    const froms = seen.map((id) => ctx.store.get('notices', id)!.validFrom)
    expect(froms).toEqual([...froms].sort().reverse())
    const last = await noticeHandlers['notices.page'](
      { part: 'archive', offset: 60, limit: 50 },
      ctx,
    )
    expect(last.items).toHaveLength(10)
  })

  it('matters.list pages 四议两公开 newest first and counts them all', async () => {
    const store = createMemoryStore(() => new Date('2026-11-25T02:00:00Z'))
    await put(
      store,
      'matters',
      Array.from({ length: 75 }, (_, i) =>
        matter([step(0, day(i))], { id: `m-${String(i).padStart(3, '0')}` }),
      ),
    )
    const ctx = publicCtx(store)
    const first = await matterHandlers['matters.list']({}, ctx)
    const second = await matterHandlers['matters.list']({ offset: LIST_PAGE }, ctx)
    expect([first.items.length, second.items.length, first.total]).toEqual([50, 25, 75])
    const dates = [...first.items, ...second.items].map((m) => m.date)
    expect(dates).toEqual([...dates].sort().reverse())
  })
})
