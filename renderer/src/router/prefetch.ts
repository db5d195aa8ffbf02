import type { RouteComponent, Router } from 'vue-router'
import { SECTIONS } from '../sections'

type Loader = () => Promise<unknown>

/** A route's lazy component (its `() => import(…)`), not one already there. */
function isLoader(c: RouteComponent | Loader | undefined): c is Loader {
  return typeof c === 'function' && !('__vccOpts' in c) && !('props' in c)
}

/** Runs `fn` when the page has nothing else to do (soon after, where the browser cannot say). */
function whenIdle(fn: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(fn, { timeout: 2000 })
  else setTimeout(fn, 50)
}

let started = false

/**
 * The code of every screen a home tile opens, fetched and compiled while the home screen sits
 * idle, one screen per idle moment, after the home screen has been drawn. A villager's first tap
 * on a tile then only has to draw its screen: on an old PC that was a quarter of a second of
 * loading before anything moved. The heavy extras (the chart's ECharts, pdf.js) stay out: they
 * load when their screen shows them. Once per start; a failed fetch is left for the tap to retry.
 */
export function prefetchSections(router: Router): void {
  if (started) return
  started = true
  const loaders = SECTIONS.flatMap((s) =>
    router.resolve(s.to).matched.map((r) => r.components?.default),
  ).filter(isLoader)
  const next = (i: number): void => {
    const load = loaders[i]
    if (!load) return
    whenIdle(
      () =>
        void load().then(
          () => next(i + 1),
          () => next(i + 1),
        ),
    )
  }
  // Two frames: the first home paint (and the one after it) go out before any of this work.
  requestAnimationFrame(() => requestAnimationFrame(() => next(0)))
}
