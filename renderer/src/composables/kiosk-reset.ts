/**
 * The reset bus: anything that keeps what one villager typed or chose (the search box, the
 * on-screen keyboard, 大字模式) registers here, so walking away clears it all for the next person.
 */
import { onBeforeUnmount } from 'vue'

/** One thing to clear; `dirty` says whether it holds anything worth a countdown. */
export interface Resettable {
  reset: () => void
  dirty?: () => boolean
}

const registered = new Set<Resettable>()

/** Registers `r` until the returned function is called. */
export function onKioskReset(r: Resettable): () => void {
  registered.add(r)
  return () => registered.delete(r)
}

/** Same, for a component: unregisters itself when the component goes away. */
export function useKioskReset(r: Resettable): void {
  const off = onKioskReset(r)
  onBeforeUnmount(off)
}

/** Clears everything registered (one failing reset does not stop the others). */
export function resetKiosk(): void {
  for (const r of [...registered]) {
    try {
      r.reset()
    } catch (e) {
      console.warn('kiosk-reset: a reset failed', e)
    }
  }
}

/** True when something registered still holds a villager's input. */
export function kioskIsDirty(): boolean {
  return [...registered].some((r) => r.dirty?.() ?? false)
}
