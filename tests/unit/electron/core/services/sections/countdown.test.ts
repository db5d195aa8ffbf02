import { describe, expect, it } from 'vitest'
import { createMemoryStore } from '../../../../../../electron/core/store/memory-store'
import { countdown, noticeLists } from '../../../../../../electron/core/services/sections/countdown'
import { villageToday } from '../../../../../../electron/core/services/sections/days'
import { noticeHandlers } from '../../../../../../electron/core/services/sections/notices'
import { searchHandlers } from '../../../../../../electron/core/services/sections/search'
import { resolveAbout } from '../../../../../../electron/core/services/questions/about'
import { publicCtx, put } from '../fixtures'
import { gongshi } from './fixtures'

describe('villageToday (Asia/Shanghai)', () => {
  it('turns the day at 16:00 UTC, midnight in the village', () => {
    expect(villageToday(new Date('2026-11-24T15:59:59Z'))).toBe('2026-11-24')
    expect(villageToday(new Date('2026-11-24T16:00:00Z'))).toBe('2026-11-25')
    expect(villageToday(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01')
  })
})

describe('countdown of a 公示 from 2026-11-23 to 2026-11-29', () => {
  const days = (today: string) => countdown('2026-11-23', '2026-11-29', today)

  it('shows the whole seven days on the start day and before it', () => {
    expect(days('2026-11-23')).toEqual({
      start: '2026-11-23',
      end: '2026-11-29',
      daysLeft: 7,
      state: 'open',
    })
    expect(days('2026-11-20')).toMatchObject({ daysLeft: 7, state: 'upcoming' })
  })

  it('counts today: one day left on the last day', () => {
    expect(days('2026-11-25')).toMatchObject({ daysLeft: 5, state: 'open' })
    expect(days('2026-11-29')).toMatchObject({ daysLeft: 1, state: 'open' })
  })

  it('is 0 and ended the day after the end', () => {
    expect(days('2026-11-30')).toMatchObject({ daysLeft: 0, state: 'ended' })
    expect(days('2027-02-01')).toMatchObject({ daysLeft: 0, state: 'ended' })
  })

  it('crosses a month and a year end by calendar days', () => {
    expect(countdown('2026-12-28', '2027-01-03', '2026-12-31').daysLeft).toBe(4)
  })
})

describe('notices.get and notices.list use the village date of the core clock', () => {
  async function ctxAt(iso: string) {
    const now = new Date(iso)
    const store = createMemoryStore(() => now)
    await put(store, 'notices', [
      gongshi(),
      gongshi({ id: 'old', title: '旧公示', validFrom: '2026-10-01', validTo: '2026-10-07' }),
      gongshi({
        id: 'pin',
        kind: 'notice',
        title: '置顶通知',
        pinned: true,
        validFrom: '2026-11-01',
        validTo: undefined,
      }),
      gongshi({ id: 'draft', title: '草稿', status: 'draft' }),
      gongshi({ id: 'soon', title: '还没开始', validFrom: '2026-12-01', validTo: '2026-12-07' }),
    ])
    return { ...publicCtx(store), now: () => now }
  }

  it('counts down in Shanghai: 23:59 on the 28th there still has two days left, 00:00 the 29th one', async () => {
    const get = noticeHandlers['notices.get']
    const late = await get({ id: 'n-1' }, await ctxAt('2026-11-28T15:59:00Z'))
    expect(late.countdown).toMatchObject({ daysLeft: 2, state: 'open' })
    const lastDay = await get({ id: 'n-1' }, await ctxAt('2026-11-28T16:00:00Z'))
    expect(lastDay.countdown).toMatchObject({ daysLeft: 1, state: 'open' })
    expect(lastDay.expired).toBe(false)
    const after = await get({ id: 'n-1' }, await ctxAt('2026-11-29T16:00:00Z'))
    expect(after).toMatchObject({ daysLeft: 0, expired: true })
    expect(after.countdown?.state).toBe('ended')
  })

  it('shows masked rows, their total and the objection text', async () => {
    const v = await noticeHandlers['notices.get'](
      { id: 'n-1' },
      await ctxAt('2026-11-25T02:00:00Z'),
    )
    expect(v.rows.map((r) => r.maskedName)).toEqual(['张*明', '李*'])
    expect(v.totalFen).toBe(123_000)
    expect(v.objection).toBe('到村监委会反映')
    expect(v.daysLeft).toBe(5)
  })

  it('lists current ones pinned first and ended ones in the archive; drafts and future ones nowhere', async () => {
    const lists = await noticeHandlers['notices.list']({}, await ctxAt('2026-11-25T02:00:00Z'))
    expect(lists.current.map((n) => n.id)).toEqual(['pin', 'n-1'])
    expect(lists.current[1]).toMatchObject({ daysLeft: 5, rowCount: 2 })
    expect(lists.current[0]!.daysLeft).toBeNull()
    expect(lists.archive.map((n) => n.id)).toEqual(['old'])
    expect(lists.archive[0]!.daysLeft).toBe(0)
  })

  it('search finds a notice set to start later only from its first day', async () => {
    const search = async (ctx: Awaited<ReturnType<typeof ctxAt>>) =>
      (await searchHandlers.search({ q: '还没开始' }, ctx)).groups.flatMap((g) =>
        g.hits.map((x) => x.id),
      )
    expect(await search(await ctxAt('2026-11-30T15:00:00Z'))).toEqual([])
    // 00:00 on 1 December in the village.
    expect(await search(await ctxAt('2026-11-30T16:00:00Z'))).toEqual(['soon'])
  })

  it('a question cannot be asked about a notice not yet shown, and so cannot reveal its title', async () => {
    const ctx = await ctxAt('2026-11-25T02:00:00Z')
    const about = { section: 'notices' as const, id: 'soon' }
    expect(() => resolveAbout(ctx.store, about, '2026-11-25')).toThrow(
      '要提问的内容找不到或还没有公开',
    )
    expect(resolveAbout(ctx.store, about, '2026-12-01').title).toBe('还没开始')
  })

  it('answers a notice set to start later exactly like a missing one until its first day', async () => {
    const get = noticeHandlers['notices.get']
    const before = await ctxAt('2026-11-30T15:59:00Z')
    const refusal = (id: string) => {
      try {
        get({ id }, before)
      } catch (e) {
        return { code: (e as { code?: string }).code, message: (e as Error).message }
      }
      return 'served'
    }
    // Same code and words as an id that was never there: a villager cannot probe for it.
    expect(refusal('soon')).toEqual(refusal('no-such-notice'))
    expect(refusal('soon')).toMatchObject({ code: 'NOT_FOUND' })
    // 00:00 on 1 December in the village: shown, as lists and search show it.
    const first = await get({ id: 'soon' }, await ctxAt('2026-11-30T16:00:00Z'))
    expect(first.title).toBe('还没开始')
  })

  it('answers a draft like a missing notice', async () => {
    const ctx = await ctxAt('2026-11-25T02:00:00Z')
    expect(() => noticeHandlers['notices.get']({ id: 'draft' }, ctx)).toThrow(
      '没有找到这条公告，可能还没有公开',
    )
  })

  it('noticeLists keeps the archive newest end first', () => {
    const lists = noticeLists(
      [
        gongshi({ id: 'a', validFrom: '2026-01-01', validTo: '2026-01-07' }),
        gongshi({ id: 'b', validFrom: '2026-05-01', validTo: '2026-05-07' }),
      ],
      '2026-11-25',
    )
    expect(lists.archive.map((n) => n.id)).toEqual(['b', 'a'])
  })
})
