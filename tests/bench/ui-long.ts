/**
 * Smoothness and memory: long tasks while paging and scrolling the biggest ledger month, and
 * the heap after 2,000 in-app navigations against after 20 (garbage collected both times).
 */
import type { Page } from '@playwright/test'
import type { PeriodSummary } from '../../contract'
import type { Core } from '../../electron/core/core'
import { origins } from './browser'
import { newObjects, objectBytes, snapshotIds, takeSnapshot, type Growth } from './heap-diff'

type LongWindow = { __long?: number[] }

/** The published period with the most lines. */
async function busiestPeriod(core: Core): Promise<string> {
  const r = await core.invoke('ledger.periods', {}, 'bench')
  const list = (r.ok ? r.data : []) as PeriodSummary[]
  const best = [...list].sort((a, b) => b.entryCount - a.entryCount)[0]
  if (!best) throw new Error('bench: 没有已公开的账目可以翻看')
  return best.key
}

/** Long tasks (> 50 ms) while tapping 下一页 through the month and wheel-scrolling its list. */
export async function longTasksWhileScrolling(page: Page, core: Core): Promise<number> {
  const period = await busiestPeriod(core)
  await page.goto(`${origins.app}/index.html#/finance/${period}`)
  await page.locator(`[data-testid=sheet][data-period="${period}"]`).waitFor({ timeout: 60_000 })
  await page.waitForTimeout(500) // let the first paint's own work finish: only scrolling counts
  await page.evaluate(() => {
    const w = window as unknown as LongWindow
    w.__long = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.duration > 50) w.__long!.push(e.duration)
    }).observe({ type: 'longtask' })
  })
  const down = page.getByTestId('entries-page-down')
  for (let i = 0; i < 30; i++) {
    const moved = await down.click({ timeout: 2_000 }).then(
      () => true,
      () => false, // the last page: 下一页 is disabled
    )
    if (!moved) break
  }
  const list = page.getByTestId('entry-row').first()
  await list.hover()
  for (let i = 0; i < 40; i++) {
    await page.mouse.wheel(0, i < 20 ? -400 : 400)
    await page.waitForTimeout(16)
  }
  await page.waitForTimeout(300)
  return page.evaluate(() => (window as unknown as LongWindow).__long!.length)
}

/** Heap used after 20 and after 2,000 navigations among `routes` (after a warm-up round), each collected first. */
export async function heapGrowth(
  page: Page,
  routes: Array<[string, string]>,
): Promise<{
  at20: number
  at1000: number
  at2000: number
  /** What grew most between the snapshots after 20 and after 2,000 navigations. */
  grew: Growth[]
  /** The snapshots' ratio of JavaScript objects only (see objectBytes). */
  objectsRatio: number
}> {
  const cdp = await page.context().newCDPSession(page)
  const used = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage')
    return (await cdp.send('Runtime.getHeapUsage')).usedSize
  }
  const navigate = (from: number, to: number) =>
    page.evaluate(
      async ({ routes, from, to }) => {
        const visible = (sel: string) => {
          const el = document.querySelector(sel)
          return !!el && el.getClientRects().length > 0
        }
        for (let i = from; i < to; i++) {
          const [route, ready] = routes[i % routes.length]!
          location.hash = route
          const start = performance.now()
          while (!visible(ready) && performance.now() - start < 30_000) {
            await new Promise((r) => requestAnimationFrame(r))
          }
        }
      },
      { routes, from, to },
    )
  // Every reading on the home screen, so only what the navigations left behind differs, and
  // after the home's idle prefetch has run (<html data-prefetched>): it loads the screens only a
  // tap reaches (questions, search) and fills every section's store once. It pauses while the
  // navigations run, so without the wait it ran somewhere between the readings and its code and
  // data (~0.5 MB) counted as growth.
  const home = async () => {
    await page.evaluate(() => (location.hash = '/'))
    await page.getByTestId('home').waitFor()
    await page.locator('html[data-prefetched]').waitFor({ state: 'attached', timeout: 60_000 })
    return used()
  }
  await page.goto(`${origins.app}/index.html#/`)
  await page.getByTestId('home').waitFor()
  // One visit to every screen first (there are more than 20), so both readings have every
  // screen's code loaded and store filled once: what differs is what navigating leaves behind.
  const warm = routes.length
  await navigate(0, warm)
  await navigate(warm, warm + 20)
  const at20 = await home()
  const first = await takeSnapshot(cdp)
  const ids20 = snapshotIds(first)
  const objects20 = objectBytes(first)
  // Halfway too: growth that stops (code warming up) looks different from growth that goes on (a leak).
  await navigate(warm + 20, warm + 1000)
  const at1000 = await home()
  await navigate(warm + 1000, warm + 2000)
  const at2000 = await home()
  const last = await takeSnapshot(cdp)
  const grew = newObjects(ids20, last)
  const objects2000 = objectBytes(last)
  await cdp.detach()
  return { at20, at1000, at2000, grew, objectsRatio: objects2000 / objects20 }
}
