/** Work that must not overlap, queued per key in this process (a folder, a data directory). */

/**
 * A queue per key: each `work` starts once every earlier one under its key has finished
 * (failed ones too); a key with nothing queued is forgotten.
 */
export function turnsByKey(): <T>(key: string, work: () => Promise<T>) => Promise<T> {
  const queues = new Map<string, Promise<unknown>>()
  return (key, work) => {
    const run = (queues.get(key) ?? Promise.resolve()).then(work)
    const tail = run.catch(() => undefined)
    queues.set(key, tail)
    void tail.then(() => {
      if (queues.get(key) === tail) queues.delete(key)
    })
    return run
  }
}
