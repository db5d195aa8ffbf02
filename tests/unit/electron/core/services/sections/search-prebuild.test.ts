import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  buildIndex,
  indexSteps,
  searchIndex,
  type SearchDoc,
} from '../../../../../../electron/core/services/sections/search-index'
import {
  currentIndex,
  indexedSeq,
  prebuildSearchIndex,
  searchHandlers,
} from '../../../../../../electron/core/services/sections/search'
import {
  answered,
  firstLettersAnswered,
} from '../../../../../../electron/core/services/sections/search-answers'
import { villageToday } from '../../../../../../electron/core/services/sections/days'
import { openCore } from '../../../../../../electron/core/core'
import { openStore, type Store } from '../../../../../../electron/core/store'
import { publicCtx } from '../fixtures'

const clock = () => new Date('2026-11-25T08:00:00.000Z')
const actor = { id: 'u1', name: '张会计' }
let dir: string
let store: Store | null = null

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'search-prebuild-'))
  // Lines in four years: 2026 and 2025 are read at open, 2019 and 2020 wait on disk.
  const s = await openStore({ dir, now: clock })
  for (const [id, date] of [
    ['a', '2019-03-01'],
    ['b', '2020-03-01'],
    ['c', '2025-03-01'],
    ['d', '2026-03-01'],
  ] as const) {
    const value = { id, date, summary: '买水泥', amountFen: 100 }
    await s.commit({
      actor,
      action: 'ledger.save',
      entity: 'ledger',
      id,
      puts: [{ coll: 'ledger', id, value }],
    })
  }
  await s.close()
})
afterEach(async () => {
  await store?.close()
  store = null
  await rm(dir, { recursive: true, force: true })
})

describe('the search index built in the background', () => {
  it('waits for the older years to be read one by one, not all at once; a search reads them', async () => {
    store = await openStore({ dir, now: clock, background: false })
    const unread = store.unread()
    expect(unread).toBe(2)
    // Without the background reader nothing else reads them: the build keeps waiting.
    void prebuildSearchIndex(store)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(store.unread()).toBe(unread)
    // A villager's search cannot wait: it reads every year and answers at once.
    searchHandlers.search({ q: 'msn' }, publicCtx(store))
    expect(store.unread()).toBe(0)
  })

  it('started again after a change mid-build: the next search finds it ready', async () => {
    const core = await openCore({
      dir: join(dir, 'demo'),
      demo: true,
      demoYears: 2,
      now: clock,
      secrets: { dir: join(dir, 'secrets') },
    })
    try {
      // The older years read by the background first, so the build starts at once.
      while (core.store.unread() > 0) await new Promise((resolve) => setTimeout(resolve, 20))
      // A change lands while the build runs: right after it has taken the records (seen
      // through head(), as a commit is), and the freshness call after it asks again.
      let bump = 0
      let reads = 0
      const real = core.store
      const seen = new Proxy(real, {
        get(target, key) {
          if (key === 'head') return () => ({ ...target.head(), seq: target.head().seq + bump })
          if (key === 'all') {
            return (coll: Parameters<Store['all']>[0]) => {
              reads++
              bump = 1
              return target.all(coll)
            }
          }
          const value = Reflect.get(target, key) as unknown
          return typeof value === 'function' ? (value as () => unknown).bind(target) : value
        },
      })
      const first = prebuildSearchIndex(seen)
      const second = prebuildSearchIndex(seen)
      await Promise.all([first, second])
      await new Promise((resolve) => setTimeout(resolve, 100))
      // Built for the records as they are now: the villager's first letter is answered at once.
      expect(reads).toBeGreaterThan(0)
      expect(indexedSeq(seen)).toBe(seen.head().seq)
    } finally {
      await core.close()
    }
  })

  it('works out every first letter ahead, for the village day it was asked on', async () => {
    store = await openStore({ dir, now: clock })
    const today = villageToday(clock())
    await prebuildSearchIndex(store, today)
    const index = currentIndex(store)
    for (const c of 'abcdefghijklmnopqrstuvwxyz') expect(answered(index, c, today)).toBe(true)
    expect(answered(index, 'm', '2026-11-26')).toBe(false)
    expect(answered(index, 'ms', today)).toBe(false)
    // What the villager gets is what the search works out then and there.
    const m = await searchHandlers.search({ q: 'm' }, { ...publicCtx(store), now: clock })
    expect(m).toEqual(searchIndex(index, 'm', today))
  })

  it('stops working letters out once the records change, and does them for the new records when asked', async () => {
    const real = await openStore({ dir, now: clock })
    store = real
    while (real.unread() > 0) await new Promise((resolve) => setTimeout(resolve, 20))
    // A change lands while the letters are worked out, seen through head() as a commit is.
    let bump = 0
    const seen = new Proxy(real, {
      get(target, key) {
        if (key === 'head') return () => ({ ...target.head(), seq: target.head().seq + bump })
        const value = Reflect.get(target, key) as unknown
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value
      },
    })
    const today = villageToday(clock())
    const old = currentIndex(seen)
    const run = prebuildSearchIndex(seen, today)
    await new Promise((resolve) => setImmediate(resolve))
    expect(answered(old, 'a', today)).toBe(true)
    bump = 1
    await run
    // Letters over the old records could never be given: the work stopped with the change.
    expect(firstLettersAnswered(old, today)).toBe(false)
    await prebuildSearchIndex(seen, today)
    expect(currentIndex(seen)).not.toBe(old)
    expect(firstLettersAnswered(currentIndex(seen), today)).toBe(true)
  })

  it('is made in slices and finds what a build in one piece finds', () => {
    const docs: SearchDoc[] = Array.from({ length: 600 }, (_, i) => ({
      section: 'notices',
      id: `n-${i}`,
      title: `第${i}号通知：修路和秸秆禁烧`,
      texts: [i % 2 ? '严禁露天焚烧秸秆' : '五组修路筹资'],
      route: `/notices/n-${i}`,
      order: `2026-${String(1 + (i % 12)).padStart(2, '0')}-01`,
    }))
    const steps = indexSteps(docs)
    let pauses = 0
    let r = steps.next()
    for (; !r.done; r = steps.next()) pauses++
    // A small village's first build pauses too (every few dozen items and postings).
    expect(pauses).toBeGreaterThanOrEqual(15)
    const whole = buildIndex(docs)
    for (const q of ['xl', 'jsjs', '秸秆', '第599号']) {
      expect(searchIndex(r.value, q)).toEqual(searchIndex(whole, q))
    }
    expect(searchIndex(r.value, '第599号').groups[0]?.hits[0]?.id).toBe('n-599')
  })
})
