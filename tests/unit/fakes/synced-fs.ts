/**
 * node:fs/promises recording every fsync and rename, for the durability tests: a file's bytes and
 * a folder's names alike (fsyncDir opens the folder and syncs that handle). Install in a spec with
 *   vi.mock('node:fs/promises', (original) =>
 *     import('../fakes/synced-fs').then((m) => m.recordingFs(original)),
 *   )
 * (the factory is hoisted above the imports, so it imports this file itself; the spec's own
 * import of it is the same module), and call `clearFsLog()` in beforeEach.
 */
import { readdirSync } from 'node:fs'
import type * as fsp from 'node:fs/promises'

/** One sync (with the names a synced folder held at that moment) or one rename. */
export type FsEvent =
  { op: 'sync'; path: string; names: string[] } | { op: 'rename'; from: string; to: string }

/** What the code under test synced and renamed since the last `clearFsLog()`, in order. */
export const fsLog: FsEvent[] = []

export function clearFsLog(): void {
  fsLog.length = 0
}

/** The paths synced, in order. */
export const syncedPaths = (): string[] => fsLog.flatMap((e) => (e.op === 'sync' ? [e.path] : []))

/** Whether folder `dir` was synced while it held `name`. */
export const syncedWith = (dir: string, name: string | RegExp): boolean =>
  fsLog.some(
    (e) =>
      e.op === 'sync' &&
      e.path === dir &&
      e.names.some((n) => (typeof name === 'string' ? n === name : name.test(n))),
  )

/** What a folder holds now; a file (or nothing) holds no names. */
function namesIn(path: string): string[] {
  try {
    return readdirSync(path)
  } catch {
    return []
  }
}

export interface RecordingOptions {
  /** False: every hard link is refused (EPERM), as on FAT/exFAT, so the code copies instead. */
  hardLinks?: boolean
}

/** The real module with `open` handles whose sync is recorded, and `rename` recorded. */
export async function recordingFs(
  importOriginal: <T>() => Promise<T>,
  { hardLinks = true }: RecordingOptions = {},
): Promise<typeof fsp & { default: typeof fsp }> {
  const real = await importOriginal<typeof fsp>()
  const open: typeof real.open = (async (...args: Parameters<typeof real.open>) => {
    const handle = await real.open(...args)
    const sync = async () => {
      fsLog.push({ op: 'sync', path: String(args[0]), names: namesIn(String(args[0])) })
      await handle.sync()
    }
    return new Proxy(handle, {
      get: (target, key) => {
        if (key === 'sync') return sync
        const value: unknown = Reflect.get(target, key)
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value
      },
    })
  }) as typeof real.open
  const rename: typeof real.rename = async (from, to) => {
    fsLog.push({ op: 'rename', from: String(from), to: String(to) })
    await real.rename(from, to)
  }
  const link: typeof real.link = hardLinks
    ? real.link
    : () =>
        Promise.reject(
          Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' }),
        )
  const changed = { open, rename, link }
  return { ...real, ...changed, default: { ...real, ...changed } }
}
