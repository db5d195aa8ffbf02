/** Home screen interactive vs the empty Vue page: full page loads, alternated, medians compared. */
import type { Page } from '@playwright/test'
import { nextPaint, origins } from './browser'
import type { CallMeter } from './calls'
import { median } from './stats'

/** Milliseconds from navigation start to the first paint after the ready marker appeared. */
async function loadOnce(page: Page, url: string, dcl: number[] = []): Promise<number> {
  const painted = nextPaint()
  await page.goto(url)
  const ms = await painted
  dcl.push(
    await page.evaluate(
      () =>
        (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
          .domContentLoadedEventEnd,
    ),
  )
  return ms
}

/** Median load of the kiosk home (with its data from core) and of the empty page. */
export async function homeVsEmpty(
  page: Page,
  runs = 15,
  meter?: CallMeter,
): Promise<{
  home: number
  empty: number
  homeDcl: number
  /** Home minus the bridge's share of its calls (their null-call twins), median. */
  homeBridgeFree: number
  scripts: string[]
}> {
  const home: number[] = []
  const bridgeFree: number[] = []
  const empty: number[] = []
  const dcl: number[] = []
  await loadOnce(page, `${origins.app}/index.html#/`) // warm-up: code cache, fonts, core's first answers
  const scripts = await scriptsFetched(page)
  await loadOnce(page, `${origins.empty}/index.html`)
  for (let i = 0; i < runs; i++) {
    if (meter) await meter.start(page)
    const ms = await loadOnce(page, `${origins.app}/index.html#/`, dcl)
    home.push(ms)
    if (meter) bridgeFree.push(ms - (await meter.stop(page)).bridgeMs)
    empty.push(await loadOnce(page, `${origins.empty}/index.html`))
  }
  return {
    home: median(home),
    empty: median(empty),
    homeDcl: median(dcl),
    homeBridgeFree: meter ? median(bridgeFree) : median(home),
    scripts,
  }
}

/** Renderer scripts (paths under the app's origin) the page fetched so far. */
export async function scriptsFetched(page: Page): Promise<string[]> {
  const app = origins.app
  return page.evaluate(
    (origin) =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.startsWith(origin) && n.endsWith('.js'))
        .map((n) => new URL(n).pathname.replace(/^\//, '')),
    app,
  )
}
