/**
 * The village records as one object a host can hold: open the folder, answer `invoke`,
 * tell listeners when something changed. Plain Node: Electron, the test bridge and the
 * benchmarks all use it the same way.
 */
import type { Result } from '../../contract'
import { createApi } from './api/create-api'
import type { Handlers } from './api/handlers'
import { SessionTable } from './api/sessions'
import { loadDemoVillage } from './demo/generate'
import { publicHandlers } from './services'
import { attachmentHandlers } from './services/attachments'
import { authHandlers } from './services/auth'
import { dataHandlers, type DataHost } from './services/data'
import { ledgerAdminHandlers } from './services/ledger-admin'
import { questionHandlers } from './services/questions'
import { recordsAdminHandlers } from './services/records'
import { registersAdminHandlers } from './services/registers-admin'
import { sectionHandlers } from './services/sections'
import { systemHandlers, type ShellHost } from './services/system'
import { openStore } from './store'
import { lockFolder } from './store/folder-lock'
import type { Store } from './store/types'

export interface CoreOptions {
  dir: string
  now?: () => Date
  /** Load the demo village when the folder holds no records yet. */
  demo?: boolean
  demoSeed?: number
  demoYears?: number
  demoScale?: number
  log?: (message: string, error: unknown) => void
  /** What the desktop host adds: file dialogs and PDF printing (absent in the test bridge). */
  host?: DataHost
  /** The Electron shell's incident log and admin exit (absent in the test bridge). */
  shell?: ShellHost
}

export interface Core {
  invoke(method: unknown, input: unknown, caller: string): Promise<Result<unknown>>
  onChanged(listener: (seq: number) => void): () => void
  endSession(caller: string): void
  store: Store
  close(): Promise<void>
}

export const DEMO_SEED = 20260315

/** Opens (and on first run seeds) the data folder and returns the one API over it. */
export async function openCore(opts: CoreOptions): Promise<Core> {
  const now = opts.now ?? (() => new Date())
  // Before anything is read: a second program on the same folder is refused (FolderBusy).
  const lock = await lockFolder(opts.dir)
  let store: Store
  try {
    store = await openStore({ dir: opts.dir, now })
    // A halted journal at seq 0 is not an empty folder: never seed the demo over evidence.
    if (opts.demo && store.head().seq === 0 && !store.halted()) {
      await loadDemoVillage(store, {
        seed: opts.demoSeed ?? DEMO_SEED,
        years: opts.demoYears ?? 3,
        scale: opts.demoScale ?? 1,
        now,
        dir: opts.dir,
      })
    }
  } catch (err) {
    await lock.release()
    throw err
  }
  const sessions = new SessionTable(now)
  // setup.leaveDemo moves the demo's files away: close the store, move, reopen the folder.
  const swapStore = async (move: () => Promise<void>): Promise<Store> => {
    await store.close()
    try {
      await move()
    } finally {
      // Moving the folder's files away also moved the lock: put it back before reopening.
      await lock.reassert()
      store = await openStore({ dir: opts.dir, now })
    }
    return store
  }
  const handlers: Handlers = {
    ...publicHandlers,
    ...authHandlers({ dir: opts.dir, swapStore }),
    ...systemHandlers(opts.shell),
    ...sectionHandlers,
    ...ledgerAdminHandlers,
    ...recordsAdminHandlers,
    ...questionHandlers,
    ...dataHandlers({ dir: opts.dir, swapStore, host: opts.host }),
    ...registersAdminHandlers,
    ...attachmentHandlers({ dir: opts.dir }),
  }
  const deps = { handlers, sessions, now, log: opts.log }
  const api = createApi({
    ...deps,
    get store() {
      return store
    },
  })
  const listeners = new Set<(seq: number) => void>()

  return {
    get store() {
      return store
    },
    async invoke(method, input, caller) {
      const before = store.head().seq
      const result = await api(method, input, caller)
      const after = store.head().seq
      if (after !== before) for (const l of listeners) l(after)
      return result
    },
    onChanged(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    endSession: (caller) => sessions.end(caller),
    async close() {
      try {
        await store.close()
      } finally {
        await lock.release()
      }
    },
  }
}
