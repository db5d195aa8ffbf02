/** Account bookkeeping runs one step at a time per store, so two logins cannot lose a count. */
import type { Store } from '../../store/types'

const queues = new WeakMap<Store, Promise<unknown>>()

/** Runs `step` after every earlier step on this store; a failure never blocks the next one. */
export function serially<T>(store: Store, step: () => Promise<T>): Promise<T> {
  const run = (queues.get(store) ?? Promise.resolve()).then(step)
  queues.set(
    store,
    run.catch(() => undefined),
  )
  return run
}
