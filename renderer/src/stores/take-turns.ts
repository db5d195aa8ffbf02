/**
 * Work on one list that must not overlap (再看 and a refresh after a publish): each piece starts
 * when the one before it has ended, failed or not.
 */
export function takeTurns(): (work: () => Promise<void>) => Promise<void> {
  let last: Promise<void> = Promise.resolve()
  return (work) => {
    const run = last.then(work)
    last = run.catch(() => undefined)
    return run
  }
}
