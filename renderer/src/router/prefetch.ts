import type { RouteComponent, Router } from 'vue-router'
import { afterPaint, whenIdle } from '../frames'
import { SECTIONS } from '../sections'

type Loader = () => Promise<unknown>

/** A route's lazy component (its `() => import(…)`), not one already there. */
function isLoader(c: RouteComponent | Loader | undefined): c is Loader {
  return typeof c === 'function' && !('__vccOpts' in c) && !('props' in c)
}

let started = false

/**
 * The code of every screen a home tile opens, fetched and compiled while the home screen sits
 * idle, one screen per idle moment, after the home screen has been drawn. A villager's first tap
 * on a tile then only has to draw its screen: on an old PC that was a quarter of a second of
 * loading before anything moved. The heavy extra (pdf.js, for attached PDFs) stays out: it
 * loads when a screen shows a PDF. Once per start; a failed fetch is left for the tap to retry.
 *
 * Only while the home screen is shown and no tap is on its way: a screen that waits for its
 * answer leaves the page idle too, and a prefetch step there (each adds a dozen script and style
 * links) would come before drawing the screen the villager asked for. It goes on after the next
 * return home.
 */
export function prefetchSections(router: Router): void {
  if (started) return
  started = true
  const records = SECTIONS.flatMap((s) => router.resolve(s.to).matched)
  let navigating = false
  let paused: (() => void) | null = null
  const atHome = () => !navigating && router.currentRoute.value.name === 'home'
  router.beforeEach(() => {
    navigating = true
  })
  router.afterEach(() => {
    navigating = false
    const resume = paused
    if (resume && atHome()) {
      paused = null
      afterPaint(resume)
    }
  })
  const next = (i: number): void => {
    if (i >= records.length) return
    // A screen the villager has opened meanwhile is there already (the router keeps it).
    const load = records[i]!.components?.default
    if (!isLoader(load)) return next(i + 1)
    whenIdle(() => {
      if (!atHome()) return void (paused = () => next(i))
      void load().then(
        () => next(i + 1),
        () => next(i + 1),
      )
    })
  }
  afterPaint(() => next(0))
}
