/** Home screen interactive vs the empty Vue page: full page loads, alternated, medians compared. */
import type { Page } from '@playwright/test'
import { nextPaint, origins } from './browser'
import type { Core } from '../../electron/core/core'
import { recordAnswers, type AnswerMode } from './answers'
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

/**
 * Median load of the kiosk home (with its data from core) and of the empty page, alternated.
 * Given core, each round also loads the home with core's recorded answers sent back over the
 * bridge (echo) and handed over directly (direct): the difference is the bridge's share of the
 * load, measured in the load itself (see answers.ts), and the bridge-free home is real − share.
 */
export async function homeVsEmpty(
  page: Page,
  runs = 15,
  core?: Core,
): Promise<{
  home: number
  empty: number
  homeDcl: number
  /** Home minus the bridge's share of its load (median echo − median direct). */
  homeBridgeFree: number
  /** Home with the answers handed over directly, no bridge and no core (diagnostic). */
  homeDirect: number
  scripts: string[]
}> {
  const home: number[] = []
  const echo: number[] = []
  const direct: number[] = []
  const empty: number[] = []
  const dcl: number[] = []
  const at = (mode?: AnswerMode) => `${origins.app}/index.html${mode ? `?bench=${mode}` : ''}#/`
  const emptyPage = `${origins.empty}/index.html`
  // Every load comes from the other page: a goto to the page already shown only moves its #.
  await loadOnce(page, emptyPage)
  const warm = await loadOnce(page, at()) // warm-up: code cache, fonts, core's first answers
  const scripts = await scriptsFetched(page, warm)
  await loadOnce(page, emptyPage)
  if (core) await recordAnswers(page.context(), core, () => loadOnce(page, at()))
  await loadOnce(page, emptyPage)
  for (let i = 0; i < runs; i++) {
    home.push(await loadOnce(page, at(), dcl))
    if (core) {
      echo.push(await loadOnce(page, at('echo')))
      direct.push(await loadOnce(page, at('direct')))
    }
    empty.push(await loadOnce(page, emptyPage))
  }
  const share = core ? median(echo) - median(direct) : 0
  return {
    home: median(home),
    empty: median(empty),
    homeDcl: median(dcl),
    homeBridgeFree: median(home) - share,
    homeDirect: core ? median(direct) : median(home),
    scripts,
  }
}

/**
 * Renderer scripts (paths under the app's origin) the page asked for before `beforeMs` (its
 * first paint): what the home screen itself needs, not the tiles' code fetched at idle after.
 */
export async function scriptsFetched(page: Page, beforeMs = Infinity): Promise<string[]> {
  const app = origins.app
  return page.evaluate(
    ({ origin, before }) =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime <= before)
        .map((e) => e.name)
        .filter((n) => n.startsWith(origin) && n.endsWith('.js'))
        .map((n) => new URL(n).pathname.replace(/^\//, '')),
    { origin: app, before: beforeMs },
  )
}
