import type { RouteComponent, Router } from 'vue-router'
import { afterPaint, whenIdle } from '../frames'
import { SECTIONS } from '../sections'

/** One piece of work done ahead: a screen's code, or its first answer. */
export type Prefetch = () => Promise<unknown>

/** A route's lazy component (its `() => import(…)`), not one already there. */
function isLoader(c: RouteComponent | Prefetch | undefined): c is Prefetch {
  return typeof c === 'function' && !('__vccOpts' in c) && !('props' in c)
}

let started = false

/**
 * The code of every screen a home tile opens, fetched and compiled while the home screen sits
 * idle, one screen per idle moment, after the home screen has been drawn; then (`data`, a lazy
 * chunk) the first answer of each screen, one per idle moment too. A villager's first tap on a
 * tile then only has to draw its screen: on an old PC that was a quarter of a second of loading
 * and another of asking before anything moved. The heavy extra (pdf.js, for attached PDFs)
 * stays out: it loads when a screen shows a PDF. Once per start; a failed step is left for the
 * tap to do again. Resolves when every step has run.
 *
 * Only while the home screen is shown and no tap is on its way: a screen that waits for its
 * answer leaves the page idle too, and a prefetch step there (each adds a dozen script and style
 * links, or a call to core) would come before drawing the screen the villager asked for. It
 * goes on after the next return home.
 */
export function prefetchSections(
  router: Router,
  data?: () => Promise<readonly Prefetch[]>,
): Promise<void> {
  if (started) return Promise.resolve()
  started = true
  const records = SECTIONS.flatMap((s) => router.resolve(s.to).matched)
  const steps: Array<() => Promise<unknown> | undefined> = records.map((r) => () => {
    // A screen the villager has opened meanwhile is there already (the router keeps it).
    const load = r.components?.default
    return isLoader(load) ? load() : undefined
  })
  if (data) steps.push(() => data().then((more) => void steps.push(...more)))
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
  return new Promise((done) => {
    const next = (i: number): void => {
      if (i >= steps.length) return done()
      whenIdle(() => {
        if (!atHome()) return void (paused = () => next(i))
        let j = i
        let work = steps[j]!()
        // Steps with nothing left to do take no idle moment of their own.
        while (!work && ++j < steps.length) work = steps[j]!()
        if (!work) return done()
        void work.then(
          () => next(j + 1),
          () => next(j + 1),
        )
      })
    }
    afterPaint(() => next(0))
  })
}
