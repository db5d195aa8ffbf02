/** While a long call runs, asks core how far it is, so the screen shows a moving bar. */
import { onBeforeUnmount, shallowRef } from 'vue'
import type { DataProgress } from '../../../../../contract/schemas/data-backup'
import { call } from '../../../api'

const EVERY_MS = 250

/** `track(work)` runs the work and polls 'data.progress' until it settles. */
export function useProgress() {
  const progress = shallowRef<DataProgress | null>(null)
  let timer: ReturnType<typeof setInterval> | null = null

  const stop = () => {
    if (timer) clearInterval(timer)
    timer = null
    progress.value = null
  }

  async function track<T>(work: Promise<T>): Promise<T> {
    stop()
    timer = setInterval(() => {
      call('data.progress', {})
        .then((p) => {
          if (timer) progress.value = p
        })
        .catch(() => {})
    }, EVERY_MS)
    try {
      return await work
    } finally {
      stop()
    }
  }

  onBeforeUnmount(stop)
  return { progress, track }
}
