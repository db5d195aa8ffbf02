import { describe, expect, it } from 'vitest'
import type { ListPage } from '../../../../contract'
import { useListPages } from '../../../../renderer/src/stores/list-pages'

/** A fake core list: `total` rows named by filter and index, paged as core pages them. */
function fakeList(total: () => number) {
  const asked: Array<[string, number, number]> = []
  const fetch = (filter: string, offset: number, limit: number): Promise<ListPage<string>> => {
    asked.push([filter, offset, limit])
    const n = total()
    const items = Array.from(
      { length: Math.max(0, Math.min(offset + limit, n) - offset) },
      (_, k) => `${filter}-${offset + k}`,
    )
    return Promise.resolve({ items, offset, total: n, latest: null })
  }
  return { fetch, asked }
}

describe('a public list fetched a page at a time', () => {
  it('shows the first 50, then 50 more per loadMore, and stops at the end', async () => {
    const core = fakeList(() => 120)
    const list = useListPages(core.fetch)
    await list.open('all')
    expect(list.rows.value).toHaveLength(50)
    expect(list.total.value).toBe(120)
    await list.loadMore()
    await list.loadMore()
    expect(list.rows.value).toEqual(Array.from({ length: 120 }, (_, i) => `all-${i}`))
    expect(list.hasMore.value).toBe(false)
    const before = core.asked.length
    await list.loadMore()
    expect(core.asked.length).toBe(before)
  })

  it('a new filter starts again from its own first page', async () => {
    const list = useListPages(fakeList(() => 120).fetch)
    await list.open('党员大会')
    await list.loadMore()
    await list.open('村民议事会')
    expect(list.rows.value).toEqual(Array.from({ length: 50 }, (_, i) => `村民议事会-${i}`))
  })

  it('a refresh keeps as many rows as were shown, with the new total', async () => {
    let n = 120
    const core = fakeList(() => n)
    const list = useListPages(core.fetch)
    await list.open('all')
    await list.loadMore()
    n = 130
    await list.refresh()
    expect(list.rows.value).toHaveLength(100)
    expect(list.total.value).toBe(130)
    expect(list.hasMore.value).toBe(true)
  })

  it('再看 50 条 tapped while a refresh is on its way: the 50 more are shown, the button is free again', async () => {
    let n = 120
    const core = fakeList(() => n)
    const list = useListPages(core.fetch)
    await list.open('all')
    n = 125 // a publish: the live refresh starts …
    const refreshing = list.refresh()
    const more = list.loadMore() // … and the villager taps 再看 50 条 before it is back
    await Promise.all([refreshing, more])
    expect(list.rows.value).toEqual(Array.from({ length: 100 }, (_, i) => `all-${i}`))
    expect([list.total.value, list.moreLoading.value]).toEqual([125, false])
  })

  it('a refresh arriving while 再看 50 条 is on its way keeps those 50 too', async () => {
    let n = 120
    const core = fakeList(() => n)
    const list = useListPages(core.fetch)
    await list.open('all')
    const more = list.loadMore()
    n = 125
    const refreshing = list.refresh()
    await Promise.all([more, refreshing])
    expect(list.rows.value).toEqual(Array.from({ length: 100 }, (_, i) => `all-${i}`))
    expect([list.total.value, list.moreLoading.value, list.hasMore.value]).toEqual([
      125,
      false,
      true,
    ])
  })
})
