/**
 * The kiosk's own hash history for vue-router: the address after `#` is the screen, so a print
 * window, a reload after a core restart and a test can open any screen, and a changed address
 * (back, or one typed in) is followed. That is all the kiosk needs of it. vue-router's web hash
 * history also keeps a position and the page's scroll offset in `history.state`: it rewrites the
 * entry at start and again before every push (a `replaceState` and a read of the page's scroll
 * offset per tap). The kiosk has no browser back button and no scroll behaviour (each screen
 * keeps its own place), so it does one `pushState` per tap and nothing at start when the address
 * is already right.
 */
import type { RouterHistory } from 'vue-router'

type Listener = Parameters<RouterHistory['listen']>[0]
/** vue-router's NavigationInformation; its enums are not exported, so the values are typed here. */
type Information = Parameters<Listener>[2]
const POPPED = { type: 'pop', direction: '', delta: 0 } as unknown as Information

/** The screen the address names: `#/finance?x=1` → `/finance?x=1`, no `#` → `/`. */
function fromAddress(): string {
  const path = location.hash.slice(1)
  return path.startsWith('/') ? path : `/${path}`
}

export function createKioskHistory(): RouterHistory {
  const listeners = new Set<Listener>()
  let current = fromAddress()
  // A step back vue-router takes to undo a refused change of address tells no one.
  let quietSteps = 0

  const onPop = () => {
    const from = current
    current = fromAddress()
    if (quietSteps > 0) {
      quietSteps--
      return
    }
    if (current !== from) for (const listener of [...listeners]) listener(current, from, POPPED)
  }
  window.addEventListener('popstate', onPop)

  const write = (to: string, push: boolean) => {
    current = to
    if (push) history.pushState(null, '', `#${to}`)
    else if (location.hash !== `#${to}`) history.replaceState(null, '', `#${to}`)
  }

  return {
    base: '',
    get location() {
      return current
    },
    state: {},
    push: (to) => write(to, true),
    replace: (to) => write(to, false),
    go(delta, triggerListeners = true) {
      if (!triggerListeners) quietSteps++
      history.go(delta)
    },
    listen(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    createHref: (to) => `#${to}`,
    destroy() {
      window.removeEventListener('popstate', onPop)
      listeners.clear()
    },
  }
}
