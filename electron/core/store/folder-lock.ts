/**
 * One owner of a data folder. The app's single-instance lock is per user profile, but
 * VILLAGE_DATA_DIR can point two apps at one folder, and two writers corrupt lowdb files. So
 * the core holds `village.lock` (created exclusively) while it runs, touching it now and then;
 * a lock whose owner is gone (its pid no longer runs, the machine has rebooted since, or it has
 * not been touched for a minute: a reused pid after a crash) is taken over.
 */
import { randomUUID } from 'node:crypto'
import { mkdir, open, readFile, stat, unlink, utimes } from 'node:fs/promises'
import { hostname, uptime } from 'node:os'
import { join } from 'node:path'
import { errorCode, fsyncDir } from './fs-safe'

/** File name inside the data folder (not a data path: backups never carry it). */
export const LOCK_FILE = 'village.lock'

/** Who holds a folder: enough to tell whether that process can still be running. */
export interface LockOwner {
  pid: number
  host: string
  /** When the machine booted (ms since epoch, ± a second) and, on Linux, its boot id. */
  boot: number
  bootId?: string
  at: string
  /** Tells this holder's lock from a later one taken in the same process. */
  token: string
}

/** Thrown when another running program holds the folder; `plain` is what the screen says. */
export class FolderBusy extends Error {
  readonly plain: string

  constructor(readonly owner: LockOwner | null) {
    const plain = `另一个村务公开程序${owner ? `（进程 ${owner.pid}）` : ''}正在使用这个数据文件夹。本程序没有读写其中任何数据，请先关闭另一个程序，再重新启动。`
    super(`store: ${plain}`)
    this.name = 'FolderBusy'
    this.plain = plain
  }
}

/** The lock this core holds: released on close, put back if a folder swap moved it away. */
export interface FolderLock {
  release(): Promise<void>
  reassert(): Promise<void>
}

/** Lock files held by this process, so a second core in the same process is refused too. */
const heldHere = new Set<string>()
/** An unreadable lock younger than this may be one being written right now. */
const FRESH_MS = 10_000
/** Boot times computed from uptime drift a little; a reboot moves them by much more. */
const BOOT_SLACK_MS = 120_000
/** The holder touches its lock this often… */
const TOUCH_MS = 15_000
/** …so one untouched this long belongs to no running core, whatever process has its pid now. */
const UNTOUCHED_MS = 60_000

async function bootId(): Promise<string | undefined> {
  try {
    return (await readFile('/proc/sys/kernel/random/boot_id', 'utf8')).trim() || undefined
  } catch {
    return undefined
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return errorCode(err) === 'EPERM'
  }
}

/** True only when the owner certainly cannot be running any more (`age`: since last touched). */
export function isStale(owner: LockOwner, me: LockOwner, path: string, age: number): boolean {
  if (owner.host !== me.host) return false
  const rebooted =
    owner.bootId && me.bootId
      ? owner.bootId !== me.bootId
      : Math.abs(owner.boot - me.boot) > BOOT_SLACK_MS
  if (rebooted) return true
  if (owner.pid === process.pid) return !heldHere.has(path)
  return !running(owner.pid) || age > UNTOUCHED_MS
}

async function readOwner(path: string): Promise<LockOwner | 'gone' | 'unreadable'> {
  try {
    const v = JSON.parse(await readFile(path, 'utf8')) as Partial<LockOwner>
    if (Number.isInteger(v.pid) && typeof v.host === 'string' && typeof v.boot === 'number') {
      return v as LockOwner
    }
    return 'unreadable'
  } catch (err) {
    return errorCode(err) === 'ENOENT' ? 'gone' : 'unreadable'
  }
}

async function create(dir: string, path: string, me: LockOwner): Promise<boolean> {
  let handle
  try {
    handle = await open(path, 'wx')
  } catch (err) {
    if (errorCode(err) === 'EEXIST') return false
    throw err
  }
  try {
    await handle.writeFile(JSON.stringify(me))
    await handle.sync()
  } finally {
    await handle.close()
  }
  await fsyncDir(dir)
  return true
}

/** Takes the folder's lock or throws FolderBusy, having touched nothing but the lock file. */
export async function lockFolder(dir: string): Promise<FolderLock> {
  await mkdir(dir, { recursive: true })
  const path = join(dir, LOCK_FILE)
  const me: LockOwner = {
    pid: process.pid,
    host: hostname(),
    boot: Math.round(Date.now() - uptime() * 1000),
    bootId: await bootId(),
    at: new Date().toISOString(),
    token: randomUUID(),
  }
  let last: LockOwner | null = null
  for (let attempt = 0; attempt < 3; attempt++) {
    if (!heldHere.has(path) && (await create(dir, path, me))) {
      heldHere.add(path)
      let held = true
      const touch = setInterval(() => {
        const t = new Date()
        utimes(path, t, t).catch(() => undefined)
      }, TOUCH_MS)
      touch.unref()
      return {
        async release() {
          if (!held) return
          held = false
          clearInterval(touch)
          heldHere.delete(path)
          const owner = await readOwner(path)
          if (typeof owner === 'object' && owner.token === me.token) {
            await unlink(path).catch(() => undefined)
          }
        },
        async reassert() {
          if (held) await create(dir, path, me)
        },
      }
    }
    const owner = await readOwner(path)
    if (heldHere.has(path)) {
      last = typeof owner === 'object' ? owner : null
      break
    }
    if (owner === 'gone') continue
    const age = Date.now() - (await mtimeMs(path))
    if (owner === 'unreadable') {
      if (age < FRESH_MS) break
    } else if (!isStale(owner, me, path, age)) {
      last = owner
      break
    }
    await unlink(path).catch((err: unknown) => {
      if (errorCode(err) !== 'ENOENT') throw err
    })
  }
  throw new FolderBusy(last)
}

async function mtimeMs(path: string): Promise<number> {
  return (await stat(path).catch(() => null))?.mtimeMs ?? 0
}
