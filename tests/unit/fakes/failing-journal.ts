/**
 * node:fs/promises with a data folder's journal appends and a restore's marker removal a test can
 * make fail, for a disk that is full, failing or read-only (ENOSPC, EIO, EROFS) once a restore's
 * files are in place. Install in a spec with
 *   vi.mock('node:fs/promises', (original) =>
 *     import('<up to tests/unit>/fakes/failing-journal').then((m) => m.failingJournal(original)),
 *   )
 * and call `diskWorks` in afterEach. Only types are imported here: this file is the mock.
 */
import type * as fsp from 'node:fs/promises'

/** The code each failure gives; '' while the disk is healthy. */
const disk = { append: '', unlink: '' }

const failure = (code: string, op: string) =>
  Object.assign(new Error(`${code}: the disk failed, ${op}`), { code })

/** The real module, with the journal's appends and the marker's removal failing when set. */
export async function failingJournal(
  importOriginal: <T>() => Promise<T>,
): Promise<typeof fsp & { default: typeof fsp }> {
  const real = await importOriginal<typeof fsp>()
  const open: typeof real.open = (async (...args: Parameters<typeof real.open>) => {
    const handle = await real.open(...args)
    // The journal is opened for appending ('a') only by the store that writes to it.
    if (!String(args[0]).endsWith('journal.jsonl') || args[1] !== 'a') return handle
    const write = (...w: unknown[]) =>
      disk.append
        ? Promise.reject(failure(disk.append, 'write'))
        : (handle.write as (...a: unknown[]) => Promise<unknown>)(...w)
    return new Proxy(handle, {
      get: (target, key) => {
        if (key === 'write') return write
        const value: unknown = Reflect.get(target, key)
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value
      },
    })
  }) as typeof real.open
  const unlink: typeof real.unlink = (path) =>
    disk.unlink && String(path).endsWith('.restore-marker.json')
      ? Promise.reject(failure(disk.unlink, 'unlink'))
      : real.unlink(path)
  return { ...real, default: { ...real, open, unlink }, open, unlink }
}

/** Every append to a journal fails with `code` from now on. */
export function failAppends(code: string): void {
  disk.append = code
}

/** Removing a restore's marker fails with `code` from now on. */
export function failMarkerRemoval(code: string): void {
  disk.unlink = code
}

/** The disk works again. */
export function diskWorks(): void {
  disk.append = ''
  disk.unlink = ''
}
