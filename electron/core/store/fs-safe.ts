/** Durable file primitives: a write either fully happens or leaves the previous file intact. */
import { readdirSync } from 'node:fs'
import { copyFile, link, open, readdir, rename, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

const RETRYABLE = new Set(['EPERM', 'EBUSY', 'EACCES'])
const DIR_FSYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EINVAL', 'EBADF'])

/** Error code of a Node fs error, or '' for anything else. */
export function errorCode(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string') {
    return err.code
  }
  return ''
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** `ledger-2025.json` → `ledger-2025.2.json`: where the n-th previous good copy lives. */
export function generationPath(path: string, n: number): string {
  const name = basename(path)
  const stem = name.endsWith('.json') ? name.slice(0, -5) : name
  return join(dirname(path), `${stem}.${n}.json`)
}

/** The temp file beside the target; dot-prefixed so document globs never pick it up. */
export function tempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.tmp`)
}

/** The file name a temp file's name stands for (`.name.tmp` → `name`), or null for any other. */
export function tempTarget(name: string): string | null {
  if (!name.startsWith('.') || !name.endsWith('.tmp')) return null
  return name.slice(1, -4) || null
}

/** Numbers of the generation files present for a document, newest (lowest) first. */
export async function listGenerations(path: string): Promise<number[]> {
  return generationsIn(path, await readdir(dirname(path)))
}

/** The same, listed synchronously (a document read on first use). */
export function listGenerationsNow(path: string): number[] {
  return generationsIn(path, readdirSync(dirname(path)))
}

function generationsIn(path: string, entries: readonly string[]): number[] {
  const name = basename(path)
  const stem = name.endsWith('.json') ? name.slice(0, -5) : name
  const pattern = new RegExp(`^${stem.replace(/[^A-Za-z0-9]/g, '\\$&')}\\.(\\d+)\\.json$`)
  const found: number[] = []
  for (const entry of entries) {
    const m = pattern.exec(entry)
    if (m) found.push(Number(m[1]))
  }
  return found.sort((a, b) => a - b)
}

/** Makes renames and creations in a folder survive power loss (not supported on Windows). */
export async function fsyncDir(dir: string): Promise<void> {
  let handle
  try {
    handle = await open(dir, 'r')
    await handle.sync()
  } catch (err) {
    if (!DIR_FSYNC_UNSUPPORTED.has(errorCode(err))) throw err
  } finally {
    await handle?.close()
  }
}

/** Antivirus and indexers on Windows briefly lock fresh files; a rename must outlast that. */
export async function renameWithRetry(from: string, to: string, attempts = 10): Promise<void> {
  for (let i = 1; ; i++) {
    try {
      return await rename(from, to)
    } catch (err) {
      if (i >= attempts || !RETRYABLE.has(errorCode(err))) throw err
      await sleep(10 * i)
    }
  }
}

async function unlinkIfPresent(path: string): Promise<void> {
  try {
    await unlink(path)
  } catch (err) {
    if (errorCode(err) !== 'ENOENT') throw err
  }
}

/** A copy whose bytes are on disk, not only in the cache, before anything relies on it. */
export async function copyFileSynced(from: string, to: string): Promise<void> {
  await copyFile(from, to)
  const handle = await open(to, 'r+')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Shifts name.1 → name.2 …, then hard-links the current file as name.1 (it never disappears);
 * where there are no hard links (FAT/exFAT) a synced copy, before the new file replaces it.
 */
async function rotate(path: string, generations: number): Promise<void> {
  for (let n = generations - 1; n >= 1; n--) {
    try {
      await renameWithRetry(generationPath(path, n), generationPath(path, n + 1))
    } catch (err) {
      if (errorCode(err) !== 'ENOENT') throw err
    }
  }
  const first = generationPath(path, 1)
  await unlinkIfPresent(first)
  try {
    await link(path, first)
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return
    await copyFileSynced(path, first)
  }
}

export interface DurableWriteOptions {
  /** Previous good copies to keep beside the file (0: none). */
  generations?: number
  /** False when the current file is known bad: it must not push a good copy out. */
  rotate?: boolean
}

/** temp → fsync → (keep generations) → rename → fsync folder: the file is old or new, never half. */
export async function writeFileDurable(
  path: string,
  data: string | Uint8Array,
  options: DurableWriteOptions = {},
): Promise<void> {
  const { generations = 0, rotate: shouldRotate = true } = options
  const tmp = tempPath(path)
  const handle = await open(tmp, 'w')
  try {
    await handle.writeFile(data)
    await handle.sync()
  } finally {
    await handle.close()
  }
  if (generations > 0 && shouldRotate) await rotate(path, generations)
  await renameWithRetry(tmp, path)
  await fsyncDir(dirname(path))
}
