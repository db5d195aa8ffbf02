/**
 * The village side of the township link: holds the signing key and, after every change, turns
 * any new publish in the journal into the next outbox package, one at a time.
 */
import { access, readdir, readFile, rename, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { fileSafe, type SigningIdentity } from '../../../contract'
import { fsyncDir, writeFileDurable } from '../store/fs-safe'
import type { Store } from '../store/types'
import { makeFolder } from './append-lines'
import { journalAfter } from './journal-tail'
import { loadOrCreateKey, type KeySeal, type SigningKey } from './keys'
import { nextPackage, outboxHead, writePackage, type OutboxHead, type ReadAt } from './outbox'
import { segmentsOf } from './remake'
import { Replay } from './replay'

export interface PublisherOptions {
  dataDir: string
  /** Folder of the private key, outside the data folder. */
  keyDir: string
  /** The outbox: Syncthing's send-only folder (or what USB export copies). */
  outbox: string
  /** The OS key store (Electron safeStorage) that seals the key, where available. */
  seal?: KeySeal
  readAt: ReadAt
  log?: (message: string, error: unknown) => void
}

export interface Publisher {
  /** Makes packages for publishes not yet packaged; resolves when written (never throws). */
  catchUp(store: Store): Promise<void>
  identity(): Promise<Omit<SigningIdentity, 'mode'>>
  /** Copies every package to `dir` (same layout as the outbox); see ExportResult. */
  exportTo(dir: string): Promise<ExportResult>
}

/** What an export did: packages now on the drive, and any older ones moved aside. */
export interface ExportResult {
  files: number
  /** Packages on the drive that were not this kiosk's (a history since taken back), moved. */
  replaced: number
  /** Where they were moved ('' when none were). */
  replacedDir: string
}

const PACKAGE_NAME = /^\d{8}\.json$/

/** Opens the key (making it on first run) and returns the outbox writer. */
export async function openPublisher(opts: PublisherOptions): Promise<Publisher> {
  const key: SigningKey = await loadOrCreateKey(opts.keyDir, opts.seal)
  let queue: Promise<void> = Promise.resolve()
  const packages = async () =>
    (await readdir(opts.outbox).catch(() => [] as string[])).filter((n) => PACKAGE_NAME.test(n))
  const once = async (store: Store): Promise<void> => {
    let head = await outboxHead(opts.outbox)
    if (head.seq > 0 && !(await sameHistory(opts.dataDir, head))) {
      await retireOutbox(opts.outbox)
      head = await outboxHead(opts.outbox)
    }
    if (store.head().seq <= head.journalTo) return
    const segments = segmentsOf(await journalAfter(opts.dataDir, head.journalTo))
    const last = segments.at(-1)?.at(-1)
    if (!last) return
    // The usual case: one publish just committed, and the live records are as it left them.
    if (segments.length === 1 && last.seq === store.head().seq) {
      const body = await nextPackage(head, segments[0]!, store, key, opts.readAt)
      if (body) await writePackage(opts.outbox, body, key)
      return
    }
    // Several publishes missed (a crash, or changes since): rebuild the records at each one.
    const replay = new Replay()
    for (const entry of await journalAfter(opts.dataDir, 0)) {
      if (entry.seq > last.seq) break
      replay.apply(entry)
      const segment = segments.find((seg) => seg.at(-1)?.seq === entry.seq)
      if (!segment) continue
      const body = await nextPackage(head, segment, replay.store(), key, opts.readAt)
      if (!body) continue
      await writePackage(opts.outbox, body, key)
      head = await outboxHead(opts.outbox)
    }
  }
  return {
    catchUp(store) {
      queue = queue.then(() => once(store)).catch((e) => opts.log?.('township outbox failed', e))
      return queue
    },
    async identity() {
      return { fingerprint: key.fingerprint, packages: (await packages()).length }
    },
    async exportTo(dir) {
      const names = await packages()
      // Synced on the stick as it is made, so the packages copied into it stay with it.
      await makeFolder(dir)
      const stale = await staleOnDrive(dir, opts.outbox, names)
      // Inside the village folder, where the console reads only the packages themselves: a
      // folder beside it would be copied into the inbox as a second village.
      const replacedDir = stale.length ? await moveAside(dir, stale, join(dir, replacedName())) : ''
      for (const name of names) {
        const target = join(dir, name)
        // Packages never change: one already on the drive (the same bytes) is left as it is.
        if (await exists(target)) continue
        await writeFileDurable(target, await readFile(join(opts.outbox, name)))
      }
      return { files: names.length, replaced: stale.length, replacedDir }
    },
  }
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  )

/**
 * Packages on the drive that are not this kiosk's: a name the outbox does not have, or the
 * same name with other bytes. A stick last used before a restore (or the demo) holds the
 * history taken back; left there, it would look current beside the new packages.
 */
async function staleOnDrive(dir: string, outbox: string, ours: string[]): Promise<string[]> {
  const mine = new Set(ours)
  const stale: string[] = []
  for (const name of (await readdir(dir)).filter((n) => PACKAGE_NAME.test(n)).sort()) {
    if (!mine.has(name) || !(await sameFile(join(dir, name), join(outbox, name)))) {
      stale.push(name)
    }
  }
  return stale
}

/** A folder name for packages moved aside now (no ':' so a FAT-formatted stick takes it). */
const REPLACED = 'replaced-'
const replacedName = () => `${REPLACED}${new Date().toISOString().replace(/[:.]/g, '-')}`

/** Whether two files hold the same bytes: sizes first, so a stick of years is not read whole. */
async function sameFile(a: string, b: string): Promise<boolean> {
  const [sa, sb] = await Promise.all([stat(a), stat(b)])
  if (sa.size !== sb.size) return false
  return (await readFile(a)).equals(await readFile(b))
}

/**
 * Moves these packages of `dir` into `aside` (never deleted); returns `aside`. The new folder's
 * entry and, after the moves, the names in it are synced: a power cut just after must not lose
 * the old packages on their way.
 */
async function moveAside(dir: string, names: string[], aside: string): Promise<string> {
  await makeFolder(aside)
  for (const n of names) await rename(join(dir, n), join(aside, n))
  await fsyncDir(aside)
  await fsyncDir(dir)
  return aside
}

/** Whether the outbox's last package was made from this journal (not one since replaced). */
async function sameHistory(dataDir: string, head: OutboxHead): Promise<boolean> {
  const [entry] = await journalAfter(dataDir, head.journalTo - 1)
  return entry?.seq === head.journalTo && entry.hash === head.journalHash
}

/**
 * The journal was replaced (the demo left, or a restore): the old packages move to a folder
 * beside the outbox and numbering starts again. The township keeps what it saw, so a package
 * that differs from one it had shows there as a fork.
 */
async function retireOutbox(outbox: string): Promise<void> {
  const names = (await readdir(outbox)).filter((n) => n.endsWith('.json'))
  await moveAside(outbox, names, `${outbox}-${replacedName()}`)
}

/** The time in a `replacedName`: an ISO time with its ':' and '.' made '-'. */
const REPLACED_TIME = String.raw`\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z`

/**
 * Every folder `retireOutbox` makes beside `outbox`, as the drive browser closes them: the
 * outbox's name, `-replaced-` and the time, whole. A user's `outbox-replaced-photos` is theirs.
 */
export function retiredOutboxes(outbox: string): { beside: string; named: RegExp } {
  const name = basename(outbox).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return { beside: dirname(outbox), named: new RegExp(`^${name}-${REPLACED}${REPLACED_TIME}$`) }
}

/** Where a village folder's packages go on a USB drive: one folder per village fingerprint. */
export function exportFolderName(
  identity: Pick<SigningIdentity, 'fingerprint'>,
  villageName: string,
): string {
  return `${fileSafe(villageName)}-${identity.fingerprint.replace(/ /g, '').slice(0, 8)}`
}

/** Joins the export root and the village folder name. */
export function exportTarget(
  root: string,
  identity: Pick<SigningIdentity, 'fingerprint'>,
  villageName: string,
): string {
  return join(root, exportFolderName(identity, villageName))
}
