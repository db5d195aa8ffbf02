/**
 * Asks how far a long call has got while it runs: `ask` every `everyMs` until `work` settles,
 * each answer handed to `seen` (and null once it is over); an answer arriving after the work
 * has settled is dropped. `stop` ends the asking early (a screen that goes away).
 */
export function pollWhile<T, P>(
  work: Promise<T>,
  ask: () => Promise<P>,
  seen: (p: P | null) => void,
  everyMs: number,
): { done: Promise<T>; stop: () => void } {
  let live = true
  const timer = setInterval(() => {
    ask()
      .then((p) => {
        if (live) seen(p)
      })
      .catch(() => {})
  }, everyMs)
  const stop = () => {
    if (!live) return
    live = false
    clearInterval(timer)
    seen(null)
  }
  return { done: work.finally(stop), stop }
}
