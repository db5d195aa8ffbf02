/**
 * The village records as one object a host can hold: open the folder, answer `invoke`,
 * tell listeners when something changed. Plain Node: Electron, the test bridge and the
 * benchmarks all use it the same way.
 */
import type { Result, StorageAlert } from '../../contract'
import { createApi } from './api/create-api'
import type { Handlers } from './api/handlers'
import { SessionTable } from './api/sessions'
import { keepBackoffs, PIN_TRIES_FILE, RECEIPT_TRIES_FILE } from './api/screen-backoff-file'
import { loadDemoVillage } from './demo/generate'
import { publicHandlers } from './services'
import { attachmentHandlers } from './services/attachments'
import { authHandlers } from './services/auth'
import { withPepper } from './services/auth/pepper'
import {
  autoBackupDir,
  dataHandlers,
  heldAlert,
  recordRestore,
  recoverRestore,
  rollbackAlert,
  unfinishedAlert,
  unrecordedAlert,
  type DataHost,
} from './services/data'
import { drivesHandlers, type Closed, type DrivesOptions } from './services/drives'
import { ledgerAdminHandlers } from './services/ledger-admin'
import { questionHandlers } from './services/questions'
import { recordsAdminHandlers } from './services/records'
import { registersAdminHandlers } from './services/registers-admin'
import { sectionHandlers } from './services/sections'
import { systemHandlers, type ShellHost } from './services/system'
import { voucherPhotoHandlers } from './services/voucher-photos'
import { pepperRingOf, Secrets, secretsDirFor, type KeyWrapHook } from './secrets'
import { openStore } from './store'
import { keepClockSeen } from './store/clock-seen'
import { sweepStrayTemps, sweepStrayTempsBeside } from './stray-temps'
import { lockFolder } from './store/folder-lock'
import type { Store } from './store/types'
import { townshipHandlers } from './township/handlers'
import { isPublishMethod, readPublicAt } from './township/public-read'
import type { KeySeal } from './township/keys'
import { openPublisher, retiredOutboxes, type Publisher } from './township/publisher'
import type { StartReader } from './township/readers'
import { remakeOutbox } from './township/remake'
import { RECORDS_WATCH, watchRecords, type RecordsWatchOptions } from './records-watch'

export interface CoreOptions {
  dir: string
  now?: () => Date
  /** Load the demo village when the folder holds no records yet. */
  demo?: boolean
  demoSeed?: number
  demoYears?: number
  demoScale?: number
  log?: (message: string, error: unknown) => void
  /** What the desktop host adds: PDF printing (absent in the test bridge). */
  host?: DataHost
  /** The Electron shell's incident log and admin exit (absent in the test bridge). */
  shell?: ShellHost
  /** Where the in-app file browser looks (a test passes a temp folder standing in for USB). */
  drives?: DrivesOptions
  /** The machine's secrets (archive key, PIN pepper): beside the data folder unless told. */
  secrets?: { dir?: string; wrap?: KeyWrapHook }
  /** Signs every publish into an outbox for the township: key folder outside `dir`, outbox folder. */
  signing?: { keyDir: string; outbox: string; seal?: KeySeal }
  /** Opens as the 乡镇汇总 console over this inbox (one sub-folder per village). */
  townshipInbox?: string
  /** Starts a reader thread for the console's open (the app's is out/main/township-reader.js). */
  townshipReader?: StartReader
  /** Core's own check of the records against the journal (records-watch.ts); false: none. */
  recordsWatch?: RecordsWatchOptions | false
}

export interface Core {
  invoke(method: unknown, input: unknown, caller: string): Promise<Result<unknown>>
  onChanged(listener: (seq: number) => void): () => void
  endSession(caller: string): void
  /** Re-makes every package from the journal into an empty folder (0 when signing is off). */
  remakeOutbox(dir: string): Promise<number>
  store: Store
  close(): Promise<void>
}

export const DEMO_SEED = 20260315

/** Logged when the kept wrong-PIN / receipt counts cannot be read: the kiosk opens anyway. */
export const TRIES_NOT_KEPT =
  '读不到上次记下的输错PIN和回执码次数，本次从零计起；程序照常打开，村务记录不受影响。'
/** Logged when the records check cannot start: the records still show. */
export const WATCH_NOT_STARTED = '自动核验村务记录没有启动，记录照常显示；重新启动程序时会再试。'

/** Opens (and on first run seeds) the data folder and returns the one API over it. */
export async function openCore(opts: CoreOptions): Promise<Core> {
  const now = opts.now ?? (() => new Date())
  const secrets = new Secrets(opts.secrets?.dir ?? secretsDirFor(opts.dir), opts.secrets?.wrap)
  const peppers = pepperRingOf(secrets)
  // Before anything is read: a second program on the same folder is refused (FolderBusy).
  const lock = await lockFolder(opts.dir)
  // The latest time the kiosk has shown: a clock set back behind it cannot save (clock-seen.ts).
  const seen = await keepClockSeen(opts.dir, opts.log)
  let store: Store
  // Closed again if the start fails after opening it: an open file keeps the folder busy (EBUSY).
  let opened: Store | undefined
  // What this start found for cadres (outside the store: a restore's swap reopens that).
  const started: StorageAlert[] = []
  try {
    // A restore cut off by a power failure is finished or undone before anything reads the folder.
    const interrupted = await recoverRestore(opts.dir)
    if (interrupted && 'rolledBack' in interrupted && interrupted.kept) {
      const { rolledBack, kept } = interrupted
      // Every name for the technician: the alert names one or two and the count.
      opts.log?.(
        `restore rolled back; ${kept.length} not put back, kept in ${rolledBack.replaced}`,
        kept,
      )
      started.push(rollbackAlert(opts.dir, rolledBack.replaced, kept, now()))
    }
    if (interrupted && 'unfinished' in interrupted) {
      // The disk failed while moving the old data back: it opens on the old records.
      const { unfinished, why } = interrupted
      opts.log?.(`restore rollback unfinished; still in ${unfinished.replaced}`, why)
      started.push(unfinishedAlert(opts.dir, unfinished.replaced, why, now()))
    }
    // Temp copies of writes a power cut stopped (also any a rolled-back restore moved back).
    await sweepStrayTemps(opts.dir, opts.log)
    // The same beside it: the secrets, the outbox and the signing key's folder (the app runs as
    // a single instance, so no other writer is half way through a file there).
    await sweepStrayTempsBeside(
      { secrets: secrets.dir, outbox: opts.signing?.outbox, keyDir: opts.signing?.keyDir },
      opts.log,
    )
    store = opened = await openStore({ dir: opts.dir, now, seen })
    if (interrupted && 'finished' in interrupted) {
      // Files still held by another program: the marker stays, and the next start moves them in.
      // The disk failed (`why`): the same, said with what to do about the disk.
      const { finished, held, why } = interrupted
      try {
        await recordRestore(store, opts.dir, finished, now(), undefined, held === undefined)
      } catch (e) {
        // The disk failed as the restore was journaled (or its marker removed): the records are
        // the restored ones, so the kiosk opens on them; the marker stays, and the next start
        // records the restore (once: it looks for its entry first).
        opts.log?.(`restore finished but not recorded; marker kept for the next start`, e)
        const recorded = store.get('restores', finished.id) !== undefined
        started.push(unrecordedAlert(e, recorded, now()))
      }
      if (held !== undefined) {
        opts.log?.(`restore finished but ${held} files still held in ${finished.staging}`, why)
        const disk = why === undefined ? undefined : { dir: opts.dir, error: why }
        started.push(heldAlert(finished.staging, held, now(), disk))
      }
    }
    // A halted journal at seq 0 is not an empty folder: never seed the demo over evidence.
    if (opts.demo && store.head().seq === 0 && !store.halted()) {
      const fresh = store
      await withPepper(peppers, () =>
        loadDemoVillage(fresh, {
          seed: opts.demoSeed ?? DEMO_SEED,
          years: opts.demoYears ?? 3,
          scale: opts.demoScale ?? 1,
          now,
          dir: opts.dir,
        }),
      )
    }
  } catch (err) {
    await opened
      ?.close()
      .catch((e: unknown) => opts.log?.('store not closed after a failed start', e))
    await lock.release()
    throw err
  }
  // Past here the store is open: a step that throws must not leave it open and the lock held
  // (the next start would be refused as FolderBusy). Optional steps carry on instead.
  let stopWatch: () => Promise<void> = async () => {}
  try {
    const sessions = new SessionTable(now)
    // The counts only slow a guesser down across restarts: not being able to keep them must not
    // keep the records off the screen. This session still counts, in memory.
    const tries = await keepBackoffs(
      opts.dir,
      [
        [sessions.backoff, PIN_TRIES_FILE],
        [sessions.receipts, RECEIPT_TRIES_FILE],
      ],
      opts.log,
    ).catch((e: unknown) => {
      opts.log?.(TRIES_NOT_KEPT, e)
      return { flushed: async () => {} }
    })
    // setup.leaveDemo moves the demo's files away: close the store, move, reopen the folder.
    const swapStore = async (move: () => Promise<void>): Promise<Store> => {
      await store.close()
      try {
        await move()
      } finally {
        // Moving the folder's files away also moved the lock: put it back before reopening.
        await lock.reassert()
        store = await openStore({ dir: opts.dir, now, seen })
      }
      return store
    }
    let publisher: Publisher | undefined
    // The in-app browser never reaches the kiosk's own folders, wherever the data folder was put:
    // nor the outbox, whose every file goes to the township as a package this kiosk signed, nor
    // the folders its old packages were moved to when the journal was replaced. On the 乡镇汇总
    // console, nor the inbox of the villages' packages (what it archived is in the data folder).
    const own = [
      opts.dir,
      secrets.dir,
      autoBackupDir(opts.dir),
      opts.signing?.keyDir,
      opts.signing?.outbox,
      opts.signing && retiredOutboxes(opts.signing.outbox),
      opts.townshipInbox,
    ]
    const drives: DrivesOptions = {
      ...opts.drives,
      closed: own.filter((d): d is Closed => !!d),
    }
    const handlers: Handlers = {
      ...publicHandlers,
      ...authHandlers({ dir: opts.dir, swapStore }, opts.townshipInbox ? 'township' : 'kiosk'),
      ...systemHandlers(opts.shell, started),
      ...sectionHandlers,
      ...ledgerAdminHandlers,
      ...recordsAdminHandlers,
      ...questionHandlers,
      ...dataHandlers({
        dir: opts.dir,
        swapStore,
        store: () => store,
        secrets,
        host: opts.host,
        drives,
      }),
      ...registersAdminHandlers,
      ...attachmentHandlers({ dir: opts.dir }),
      ...townshipHandlers({
        publisher: () => publisher,
        inbox: opts.townshipInbox,
        dataDir: opts.dir,
        drives,
        ...(opts.townshipReader ? { startReader: opts.townshipReader } : {}),
      }),
      ...drivesHandlers(drives),
      ...voucherPhotoHandlers({ dir: opts.dir, drives }),
    }
    const deps = { handlers, sessions, now, log: opts.log }
    const api = createApi({
      ...deps,
      get store() {
        return store
      },
    })
    if (opts.signing) {
      // A key that cannot be opened (say the OS keyring is locked) must not stop the kiosk:
      // it runs without packaging, and the next open with the key packages what it missed.
      publisher = await openPublisher({
        ...opts.signing,
        dataDir: opts.dir,
        readAt: readPublicAt(handlers),
        log: opts.log,
      }).catch((e: unknown) => {
        opts.log?.('township signing key unavailable', e)
        return undefined
      })
      // Publishes the outbox missed (a crash between commit and package) are packaged now.
      await publisher?.catchUp(store)
    }
    const listeners = new Set<(seq: number) => void>()
    const notify = () => {
      for (const l of listeners) l(store.head().seq)
    }
    // The 乡镇汇总 console shows other villages' packages, each checked as it is read.
    const watch = opts.recordsWatch ?? RECORDS_WATCH
    // The check is an extra: a watcher that cannot start (EMFILE, ENOSPC) leaves the records shown.
    if (watch && !opts.townshipInbox) {
      try {
        stopWatch = watchRecords(() => store, watch, notify, opts.log)
      } catch (e) {
        opts.log?.(WATCH_NOT_STARTED, e)
      }
    }

    return {
      get store() {
        return store
      },
      async invoke(method, input, caller) {
        seen.saw(now())
        const before = store.head()
        const differed = !!store.recordsDiffer()
        const result = await withPepper(peppers, () => api(method, input, caller))
        const after = store.head()
        // A restore can land on the seq the data had before it (one change after the backup):
        // the hash still tells that every record may have changed.
        const moved = after.seq !== before.seq || after.hash !== before.hash
        if (moved && publisher && isPublishMethod(method)) await publisher.catchUp(store)
        // A 核验 that first finds an edited record changes what every screen says, as a change does
        // (the same finding again, by a second 核验, does not make every screen reload).
        if (moved || !!store.recordsDiffer() !== differed) notify()
        return result
      },
      onChanged(listener) {
        listeners.add(listener)
        return () => listeners.delete(listener)
      },
      endSession: (caller) => sessions.end(caller),
      remakeOutbox: async (dir) =>
        opts.signing
          ? remakeOutbox({
              ...opts.signing,
              dataDir: opts.dir,
              dir,
              readAt: readPublicAt(handlers),
            })
          : 0,
      async close() {
        try {
          await stopWatch()
          await tries.flushed()
          await seen.flushed()
          await store.close()
        } finally {
          await lock.release()
        }
      },
    }
  } catch (err) {
    await stopWatch().catch(() => undefined)
    await store
      .close()
      .catch((e: unknown) => opts.log?.('store not closed after a failed start', e))
    await lock.release()
    throw err
  }
}
