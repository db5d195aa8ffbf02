/**
 * The village side of the township link: holds the signing key and, after every change, turns
 * any new publish in the journal into the next outbox package, one at a time.
 */
import { access, mkdir, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { SigningIdentity } from '../../../contract'
import { writeFileDurable } from '../store/fs-safe'
import type { Store } from '../store/types'
import { journalAfter } from './journal-tail'
import { loadOrCreateKey, type KeySeal, type SigningKey } from './keys'
import { nextPackage, outboxHead, writePackage, type ReadAt } from './outbox'
import { Replay } from './replay'
import { isPublish } from './views'
import type { JournalEntry } from '../store/types'

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
  /** Copies every package to `dir` (same layout as the outbox); returns how many. */
  exportTo(dir: string): Promise<number>
}

/** Opens the key (making it on first run) and returns the outbox writer. */
export async function openPublisher(opts: PublisherOptions): Promise<Publisher> {
  const key: SigningKey = await loadOrCreateKey(opts.keyDir, opts.seal)
  let queue: Promise<void> = Promise.resolve()
  const packages = async () =>
    (await readdir(opts.outbox).catch(() => [] as string[])).filter((n) => /^\d{8}\.json$/.test(n))
  const once = async (store: Store): Promise<void> => {
    let head = await outboxHead(opts.outbox)
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
      await mkdir(dir, { recursive: true })
      for (const name of names) {
        const target = join(dir, name)
        // Packages never change: one already on the drive is left as it is.
        if (
          await access(target).then(
            () => true,
            () => false,
          )
        )
          continue
        await writeFileDurable(target, await readFile(join(opts.outbox, name)))
      }
      return names.length
    },
  }
}

/** Splits entries into runs that each end with a publish; a tail with no publish waits. */
export function segmentsOf(entries: JournalEntry[]): JournalEntry[][] {
  const out: JournalEntry[][] = []
  let run: JournalEntry[] = []
  for (const e of entries) {
    run.push(e)
    if (isPublish(e)) {
      out.push(run)
      run = []
    }
  }
  return out
}

/** Re-makes every package from the journal into `dir` (empty): byte for byte what the outbox holds. */
export async function remakeOutbox(
  o: Omit<PublisherOptions, 'outbox'> & { dir: string },
): Promise<number> {
  const key = await loadOrCreateKey(o.keyDir, o.seal)
  const replay = new Replay()
  let head = await outboxHead(o.dir)
  let made = 0
  const entries = await journalAfter(o.dataDir, 0)
  const ends = new Set(segmentsOf(entries).map((s) => s.at(-1)!.seq))
  let segment: JournalEntry[] = []
  for (const entry of entries) {
    replay.apply(entry)
    segment.push(entry)
    if (!ends.has(entry.seq)) continue
    const body = await nextPackage(head, segment, replay.store(), key, o.readAt)
    segment = []
    if (!body) continue
    await writePackage(o.dir, body, key)
    head = await outboxHead(o.dir)
    made++
  }
  return made
}

/** Where a village folder's packages go on a USB drive: one folder per village fingerprint. */
export function exportFolderName(
  identity: Pick<SigningIdentity, 'fingerprint'>,
  villageName: string,
): string {
  return `${villageName}-${identity.fingerprint.replace(/ /g, '').slice(0, 8)}`
}

/** Joins the export root and the village folder name. */
export function exportTarget(
  root: string,
  identity: Pick<SigningIdentity, 'fingerprint'>,
  villageName: string,
): string {
  return join(root, exportFolderName(identity, villageName))
}
