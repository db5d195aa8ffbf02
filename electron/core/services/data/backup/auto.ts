/**
 * Automatic backups into a second folder beside the data folder: one a day, rotated to 7 daily
 * and 4 weekly. The host (main) starts the timer; each run is a plain function, tested alone.
 */
import { VILLAGE_OFFSET_MS } from '../../../../../contract/village-time'
import { mkdir, readFile, readdir, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { BackupCreated } from '../../../../../contract/schemas/data-backup'
import type { Secrets } from '../../../secrets'
import { readHeader } from './archive'
import { pruneStore } from './attach-store'
import { createBackup } from './create'
import { diskProblem } from './errors'
import { BackupProblem } from './manifest'
import { dayKey, planRotation, type Dated } from './rotation'
import { ARCHIVE_NAME, AUTO_PREFIX, timeOfName } from './summary'

/** The automatic backups' folder: a sibling of the data folder, never inside it. */
export function autoBackupDir(dataDir: string): string {
  return `${dataDir}-backups`
}

const STATUS = 'auto-status.json'

/** The last run's outcome, kept in the folder so the admin screen can show a failure. */
export interface AutoStatus {
  at: string
  ok: boolean
  message?: string
}

export async function readAutoStatus(autoDir: string): Promise<AutoStatus | null> {
  try {
    return JSON.parse(await readFile(join(autoDir, STATUS), 'utf8')) as AutoStatus
  } catch {
    return null
  }
}

async function autoArchives(dir: string): Promise<Dated[]> {
  const out: Dated[] = []
  for (const name of await readdir(dir)) {
    const at = name.startsWith(AUTO_PREFIX) && ARCHIVE_NAME.test(name) ? timeOfName(name) : null
    if (at) out.push({ name, at })
  }
  return out
}

export interface AutoRun {
  created?: BackupCreated
  removed: string[]
  /** Shared attachment files no remaining archive refers to any more. */
  pruned: string[]
}

/** Attachment files still referred to by some archive; null if any archive cannot be read. */
async function stillReferenced(dir: string): Promise<Set<string> | null> {
  const keep = new Set<string>()
  for (const name of await readdir(dir)) {
    if (!ARCHIVE_NAME.test(name)) continue
    const h = await readHeader(join(dir, name)).catch(() => null)
    if (!h) return null
    for (const a of h.attachments) keep.add(a.stored)
  }
  return keep
}

/** Makes today's backup if there is none yet, then deletes what the rotation lets go. */
export async function runAutoBackup(o: {
  dataDir: string
  autoDir: string
  now: Date
  secrets: Secrets
  flush?: () => Promise<unknown>
}): Promise<AutoRun> {
  // Days and weeks on the village's clock (UTC+8), not whatever zone the PC was left on.
  const offset = VILLAGE_OFFSET_MS / 60_000
  const removed: string[] = []
  let pruned: string[] = []
  let created: BackupCreated | undefined
  try {
    await mkdir(o.autoDir, { recursive: true })
    for (const n of await readdir(o.autoDir)) {
      if (n.startsWith(`.${AUTO_PREFIX}`) && n.endsWith('.partial'))
        await unlink(join(o.autoDir, n))
    }
    const today = dayKey(o.now, offset)
    const existing = await autoArchives(o.autoDir)
    if (!existing.some((b) => dayKey(b.at, offset) === today)) {
      created = await createBackup({
        dataDir: o.dataDir,
        targetDir: o.autoDir,
        now: o.now,
        automatic: true,
        secrets: o.secrets,
        ...(o.flush ? { flush: o.flush } : {}),
      })
    }
    const plan = planRotation(
      await autoArchives(o.autoDir),
      { daily: 7, weekly: 4, utcOffsetMinutes: offset },
      o.now,
    )
    for (const b of plan.remove) {
      await unlink(join(o.autoDir, b.name))
      removed.push(b.name)
    }
    // Never delete an attachment while any archive (or one we cannot read) may still need it.
    const keep = await stillReferenced(o.autoDir)
    if (keep) pruned = await pruneStore(o.autoDir, keep)
    await writeStatus(o.autoDir, { at: o.now.toISOString(), ok: true })
  } catch (e) {
    // The admin screen shows this: a disk failure in words, never Node's English message.
    const message = e instanceof BackupProblem ? e.message : `自动备份失败：${diskProblem(e)}`
    await writeStatus(o.autoDir, { at: o.now.toISOString(), ok: false, message }).catch(() => {})
    throw e
  }
  return { ...(created ? { created } : {}), removed, pruned }
}

async function writeStatus(dir: string, status: AutoStatus): Promise<void> {
  await writeFile(join(dir, STATUS), JSON.stringify(status))
}

/** Checks every hour (first after a minute) whether today's backup is due; returns a stop function. */
export function startAutoBackups(o: {
  dataDir: string
  secrets: Secrets
  /** Settles the documents written behind the journal before each backup reads them. */
  flush?: () => Promise<unknown>
  /**
   * False while there is nothing of the village's to keep (left the demo, not yet set up): such
   * a backup holds no profile and no account, and only crowds real ones out of the rotation.
   */
  due?: () => boolean
  now?: () => Date
  log?: (message: string, error: unknown) => void
  intervalMs?: number
  firstDelayMs?: number
}): () => void {
  const now = o.now ?? (() => new Date())
  let running = false
  const tick = () => {
    if (running || o.due?.() === false) return
    running = true
    runAutoBackup({
      dataDir: o.dataDir,
      autoDir: autoBackupDir(o.dataDir),
      now: now(),
      secrets: o.secrets,
      ...(o.flush ? { flush: o.flush } : {}),
    })
      .catch((e: unknown) => o.log?.('auto backup failed', e))
      .finally(() => {
        running = false
      })
  }
  const first = setTimeout(tick, o.firstDelayMs ?? 60_000)
  const every = setInterval(tick, o.intervalMs ?? 3_600_000)
  first.unref()
  every.unref()
  return () => {
    clearTimeout(first)
    clearInterval(every)
  }
}
