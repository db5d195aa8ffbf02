/**
 * Core's own check of the records against the journal, so an edited data file is found without
 * anyone asking: documents are caches of the journal, each sealed only with its own checksum,
 * and one edited outside the program (checksum made to match) is read back as it is at the
 * next start. A while after start, and then daily, every record is rebuilt from the journal and
 * compared (Store.checkRecords, a slice at a time so taps are answered meanwhile); a difference
 * puts a notice on every public screen (Checkpoint.recordsDiffer) until the folder is restored.
 */
import type { Store } from './store'

export interface RecordsWatchOptions {
  /** The first check, this long after start (the start itself stays quick). */
  firstAfterMs: number
  /** Then again this often. */
  everyMs: number
}

export const RECORDS_WATCH: RecordsWatchOptions = {
  firstAfterMs: 5 * 60_000,
  everyMs: 24 * 60 * 60_000,
}

/**
 * Checks `store()` (the one open at the time) on the schedule; `found` is called when a check
 * finds a difference the previous one did not. Returns the stop, which also waits for a check
 * under way.
 */
export function watchRecords(
  store: () => Store,
  o: RecordsWatchOptions,
  found: () => void,
  log?: (message: string, error: unknown) => void,
): () => Promise<void> {
  let stopped = false
  let running: Promise<void> = Promise.resolve()
  let timer: ReturnType<typeof setTimeout> | null = null
  const later = (ms: number) => {
    timer = setTimeout(() => void (running = run()), ms)
    timer.unref?.()
  }
  const run = async (): Promise<void> => {
    const s = store()
    const before = s.recordsDiffer()
    try {
      await s.checkRecords()
    } catch (e) {
      if (!stopped) log?.('records check failed', e)
    }
    if (stopped) return
    if (s.recordsDiffer() && !before) found()
    later(o.everyMs)
  }
  later(o.firstAfterMs)
  return async () => {
    stopped = true
    if (timer) clearTimeout(timer)
    await running
  }
}
