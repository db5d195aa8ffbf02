/**
 * The page's scheduling calls, typed once here: screens' helpers that use them are also unit
 * tested in a Node program without the DOM library (as api/index.ts reaches `village`).
 */
interface Scheduler {
  requestAnimationFrame(fn: () => void): number
  requestIdleCallback?(fn: () => void, options?: { timeout: number }): number
}

const page = globalThis as unknown as Scheduler

/** Runs `fn` before the next frame is drawn. */
export function nextFrame(fn: () => void): void {
  page.requestAnimationFrame(fn)
}

/** Runs `fn` after the next two frames: the frame being drawn now (and the one after it) go out first. */
export function afterPaint(fn: () => void): void {
  nextFrame(() => nextFrame(fn))
}

/** Runs `fn` when the page has nothing else to do (soon after, where the browser cannot say). */
export function whenIdle(fn: () => void): void {
  if (page.requestIdleCallback) page.requestIdleCallback(fn, { timeout: 2000 })
  else setTimeout(fn, 50)
}
