/** While a long call runs, asks core how far it is, so the screen shows a moving bar. */
import { onBeforeUnmount, shallowRef } from 'vue'
import type { DataProgress } from '../../../../../contract/schemas/data-backup'
import { call } from '../../../api'
import { pollWhile } from '../../../api/poll'

const EVERY_MS = 250

/** `track(work)` runs the work and polls 'data.progress' until it settles. */
export function useProgress() {
  const progress = shallowRef<DataProgress | null>(null)
  let stop: () => void = () => {}

  function track<T>(work: Promise<T>): Promise<T> {
    stop()
    const polled = pollWhile(
      work,
      () => call('data.progress', {}),
      (p) => (progress.value = p),
      EVERY_MS,
    )
    stop = polled.stop
    return polled.done
  }

  onBeforeUnmount(() => stop())
  return { progress, track }
}
