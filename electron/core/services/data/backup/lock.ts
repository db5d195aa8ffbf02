/**
 * One backup or restore at a time per data folder, in this process: an automatic backup must
 * never read files a restore is swapping, or it could pair one history's documents with
 * another's journal.
 */
import { resolve } from 'node:path'

const queues = new Map<string, Promise<unknown>>()

/** Runs `work` after every earlier backup or restore of this folder has finished. */
export function withDataLock<T>(dataDir: string, work: () => Promise<T>): Promise<T> {
  const key = resolve(dataDir)
  const run = (queues.get(key) ?? Promise.resolve()).then(work)
  const tail = run.catch(() => undefined)
  queues.set(key, tail)
  void tail.then(() => {
    if (queues.get(key) === tail) queues.delete(key)
  })
  return run
}
