import { describe, expect, it } from 'vitest'
import type { Meeting, Notice, Special } from '../../../../../../contract'
import {
  buildIndex,
  searchIndex,
  type SearchDoc,
} from '../../../../../../electron/core/services/sections/search-index'
import { matchField, field } from '../../../../../../electron/core/services/sections/search-match'
import { searchHandlers } from '../../../../../../electron/core/services/sections/search'
import { createMemoryStore } from '../../../../../../electron/core/store/memory-store'
import { NOW, entry, publicCtx, put, sheet } from '../fixtures'
import { pub } from './fixtures'

const doc = (over: Partial<SearchDoc>): SearchDoc => ({
  section: 'specials',
  id: 's-1',
  title: '五组修路一事一议筹资方案',
  texts: ['每户筹资100元，不愿出资的可以出工折抵'],
  route: '/finance/specials/s-1',
  order: '2026-09-01',
  ...over,
})

const index = buildIndex([
  doc({}),
  doc({
    section: 'ledger',
    id: 'e-1',
    title: '支付路灯维修费',
    texts: ['徐立新'],
    route: '/finance/entry/e-1',
  }),
  doc({
    section: 'notices',
    id: 'n-1',
    title: '秸秆禁烧通知',
    texts: ['严禁露天焚烧秸秆'],
    route: '/notices/n-1',
  }),
])

const titles = (q: string) =>
  searchIndex(index, q).groups.flatMap((g) => g.hits.map((h) => `${g.section}:${h.title}`))

describe('search matching', () => {
  it('finds 修路 by its initials "xl", by full pinyin "xiulu" and while typing "xiul"', () => {
    expect(titles('xl')).toEqual(['specials:五组修路一事一议筹资方案'])
    expect(titles('xiulu')).toEqual(['specials:五组修路一事一议筹资方案'])
    expect(titles('xiul')).toEqual(['specials:五组修路一事一议筹资方案'])
    expect(searchIndex(index, 'xl').groups[0]!.hits[0]).toMatchObject({
      matchedBy: 'initials',
      route: '/finance/specials/s-1',
    })
  })

  it('ignores case and spaces from the on-screen keyboard', () => {
    expect(titles(' XIU LU ')).toEqual(['specials:五组修路一事一议筹资方案'])
  })

  it('finds Chinese text anywhere, with a snippet around a match in the body', () => {
    expect(titles('焚烧')).toEqual(['notices:秸秆禁烧通知'])
    const hit = searchIndex(index, '出工').groups[0]!.hits[0]!
    expect(hit).toMatchObject({ matchedBy: 'text', title: '五组修路一事一议筹资方案' })
    expect(hit.snippet).toContain('出工折抵')
  })

  it('matches full pinyin only from a syllable start', () => {
    expect(titles('iulu')).toEqual([])
    expect(matchField(field('修路'), 'lu')).toMatchObject({ by: 'pinyin', at: 1, length: 1 })
  })

  it('matches two-letter initials in titles only, three or more anywhere', () => {
    expect(titles('xl').some((t) => t.startsWith('ledger'))).toBe(false)
    expect(titles('xlx')).toEqual(['ledger:支付路灯维修费'])
  })

  it('reuses the pinyin of texts it prepared in the previous build', () => {
    const first = buildIndex([doc({})])
    const second = buildIndex([doc({}), doc({ id: 's-2', title: '新的标题' })], first.fields)
    expect(second.docs[0]!.fields[0]).toBe(first.docs[0]!.fields[0])
    expect(second.fields.size).toBe(3)
  })

  it('returns no groups at all when nothing matches', () => {
    expect(searchIndex(index, 'zzzz')).toEqual({ q: 'zzzz', total: 0, groups: [] })
  })

  it('lists at most 20 per group and counts the rest', () => {
    const many = buildIndex(
      Array.from({ length: 25 }, (_, i) =>
        doc({ id: `s-${i}`, order: String(i).padStart(2, '0') }),
      ),
    )
    const r = searchIndex(many, '修路')
    expect(r.total).toBe(25)
    expect(r.groups[0]!.hits).toHaveLength(20)
    expect(r.groups[0]!.more).toBe(5)
    expect(r.groups[0]!.hits[0]!.id).toBe('s-24')
  })
})

describe('search handler', () => {
  const special = (over: Partial<Special>): Special => ({
    id: 'sp-1',
    kind: '一事一议',
    title: '五组修路一事一议筹资筹劳方案公示',
    date: '2026-09-01',
    body: '',
    rows: [],
    ...pub(),
    ...over,
  })

  it('finds only published, current items, and sees a new publication at once', async () => {
    const store = createMemoryStore(() => NOW)
    const ctx = publicCtx(store)
    await put(store, 'specials', [
      special({}),
      special({ id: 'sp-draft', title: '三组修路草稿', status: 'draft' }),
      special({ id: 'sp-old', title: '旧版修路方案', supersededBy: 'sp-1' }),
    ])
    await put(store, 'sheets', [sheet('2026-Q1'), sheet('2026-Q2', { status: 'draft' })])
    await put(store, 'ledger', [
      entry({ summary: '支付修路材料款' }),
      entry({ period: '2026-Q2', date: '2026-05-01', summary: '未公开的修路款' }),
    ])
    const first = await searchHandlers.search({ q: 'xiulu' }, ctx)
    expect(first.groups.flatMap((g) => g.hits.map((h) => h.title)).sort()).toEqual(
      ['五组修路一事一议筹资筹劳方案公示', '支付修路材料款'].sort(),
    )
    const meeting: Meeting = {
      id: 'mt-1',
      kind: '村民议事会',
      date: '2026-09-10',
      topic: '修路议事',
      place: '',
      due: 15,
      present: 13,
      minutes: '',
      ...pub(),
    }
    await put(store, 'meetings', [meeting])
    const second = await searchHandlers.search({ q: 'xl' }, ctx)
    expect(second.groups.map((g) => g.section)).toContain('meetings')
    expect(second.groups.find((g) => g.section === 'meetings')!.hits[0]!.route).toBe(
      '/meetings/mt-1',
    )
    // The same letters again after another change: answered for the records as they are now.
    await put(store, 'meetings', [{ ...meeting, id: 'mt-2', topic: '修路验收' }])
    const third = await searchHandlers.search({ q: 'xl' }, ctx)
    expect(third.groups.find((g) => g.section === 'meetings')!.hits.map((h) => h.id)).toEqual(
      expect.arrayContaining(['mt-1', 'mt-2']),
    )
  })

  it('asked again on the same records, a notice starting the next day is found from that day', async () => {
    const store = createMemoryStore(() => NOW)
    const notice: Notice = {
      id: 'n-soon',
      kind: 'notice',
      title: '停水通知',
      body: '',
      pinned: false,
      validFrom: '2026-05-11',
      objection: '',
      rows: [],
      ...pub(),
    }
    await put(store, 'notices', [notice])
    const at = (iso: string) => ({ ...publicCtx(store), now: () => new Date(iso) })
    const ids = async (iso: string, q: string) =>
      (await searchHandlers.search({ q }, at(iso))).groups.flatMap((g) => g.hits.map((h) => h.id))
    for (const q of ['t', 'tstz', '停水']) {
      expect(await ids('2026-05-10T15:00:00Z', q)).toEqual([])
      // 00:00 on 11 May in the village: the same search, the same records, now found.
      expect(await ids('2026-05-10T16:00:00Z', q)).toEqual(['n-soon'])
    }
    // And a day earlier again (the clock put back): gone again.
    expect(await ids('2026-05-10T15:00:00Z', 't')).toEqual([])
  })
})

describe('search never becomes an oracle for a stored personal number', () => {
  const ID = '320102199001011234'
  const stored = buildIndex([
    doc({
      section: 'notices',
      id: 'n-9',
      title: '低保复核结果',
      texts: [`张三身份证${ID}，手机13812345678，卡号6222.0210.0112.3456，已复核`],
      route: '/notices/n-9',
    }),
    doc({ section: 'ledger', id: 'e-9', title: `付张三 ${ID}`, texts: ['138 1234 5678'] }),
    // Pasted from a web page: a thin space and a soft hyphen, which look like nothing unusual.
    doc({
      section: 'notices',
      id: 'n-10',
      title: '咨询电话',
      texts: ['请拨打138\u20091234\u20095678或139\u00ad8765\u00ad4321'],
      route: '/notices/n-10',
    }),
    // Written in characters (before the save check caught such, or from an old backup).
    doc({
      section: 'notices',
      id: 'n-11',
      title: '报名通知',
      texts: ['报名请打一三八〇〇一三八〇〇〇，找村会计办理报名手续'],
      route: '/notices/n-11',
    }),
  ])
  const found = (q: string) => searchIndex(stored, q).total

  it('no run of the digits of a stored number finds anything, however long', () => {
    for (const number of [ID, '13812345678', '6222021001123456', '13987654321']) {
      for (let from = 0; from < number.length; from++) {
        for (let to = from + 4; to <= Math.min(number.length, from + 30); to++) {
          expect(found(number.slice(from, to)), number.slice(from, to)).toBe(0)
        }
      }
    }
  })

  it('nor a number written in characters, and its snippet shows it masked', () => {
    for (const q of ['一三八〇〇一三八〇〇〇', '〇〇一三八', '一三八〇〇一'])
      expect(found(q), q).toBe(0)
    const hit = searchIndex(stored, '村会计办理').groups[0]!.hits[0]!
    expect(hit.snippet).toContain('****8000，找村会计办理')
    expect(hit.snippet).not.toMatch(/[〇一二三四五六七八九]{4,}/)
  })

  it('not even the digits a masked number still shows (138****5678, **** 3456, 32…34)', () => {
    for (const q of ['5678', '3456', '138', '32', '34', '4321']) expect(found(q), q).toBe(0)
  })

  it('the words around the number are still found, and shown masked', () => {
    const r = searchIndex(stored, '已复核')
    expect(r.total).toBe(1)
    const hit = r.groups[0]!.hits[0]!
    expect(hit.snippet).toContain('**** 3456，已复核')
    expect(hit.snippet.replace(/[\s.]/g, '')).not.toMatch(/\d{5,}/)
    expect(searchIndex(stored, 'fzs').groups[0]!.hits[0]!.title).toBe('付张三 32**************34')
  })
})
