/**
 * The outbox: after every publish, one more signed package file, named by seq and never
 * rewritten. What the township receives (by Syncthing or USB) is exactly this folder.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { packageFileName, PACKAGE_FORMAT, type PackageBody } from '../../../contract'
import { writeFileDurable } from '../store/fs-safe'
import type { JournalEntry, Store } from '../store/types'
import { makeFolder } from './append-lines'
import type { SigningKey } from './keys'
import { decodePackage, encodePackage } from './package-format'
import { isCorrection, isPublish, publishedRecords, villageStatus, type PublicRead } from './views'

/** A package's file name in the outbox (packageFileName), each written there whole. */
export const PACKAGE_FILE = /^(\d{8})\.json$/

/** Where the last package left off: its seq, the journal seq it covered, and its file hash. */
export interface OutboxHead {
  seq: number
  journalTo: number
  journalHash: string
  sha256: string
}

/** Reads the newest package in the folder (none: the start). */
export async function outboxHead(dir: string): Promise<OutboxHead> {
  const names = (await readdir(dir).catch(() => [] as string[]))
    .filter((n) => PACKAGE_FILE.test(n))
    .sort()
  const last = names.at(-1)
  if (!last) return { seq: 0, journalTo: 0, journalHash: '', sha256: '' }
  const decoded = decodePackage(await readFile(join(dir, last)))
  if (!decoded.pkg) throw new Error(`township: 发件箱里的 ${last} 无法读取，请从变更日志重新生成`)
  const { seq, journal } = decoded.pkg
  return {
    seq,
    journalTo: journal.to,
    journalHash: journal.hashes.at(-1) ?? journal.prev,
    sha256: decoded.sha256,
  }
}

/** How to read the public views as of a moment (the last entry's time, so a remake matches). */
export type ReadAt = (store: Store, at: Date) => PublicRead

/** Builds the next package body from the entries after `head`, or null when none published. */
export async function nextPackage(
  head: OutboxHead,
  entries: JournalEntry[],
  store: Store,
  key: SigningKey,
  readAt: ReadAt,
): Promise<PackageBody | null> {
  const publishes = entries.filter(isPublish)
  const last = entries.at(-1)
  if (!last || publishes.length === 0) return null
  const read = readAt(store, new Date(last.at))
  const village = (await read('village.get', {})) as { name: string; township: string }
  const lastPublish = publishes[publishes.length - 1] as JournalEntry
  return {
    format: PACKAGE_FORMAT,
    seq: head.seq + 1,
    village: { name: village.name, township: village.township },
    publicKey: key.publicKey,
    fingerprint: key.fingerprint,
    prevPackage: head.sha256,
    action: lastPublish.action,
    correction: publishes.some(isCorrection),
    at: last.at,
    journal: {
      from: head.journalTo + 1,
      to: last.seq,
      prev: head.journalHash,
      hashes: entries.map((e) => e.hash),
    },
    checkpoint: { seq: last.seq, hash: last.hash, at: last.at },
    records: await publishedRecords(publishes, read),
    status: await villageStatus(read),
  }
}

/** Writes a package durably (temp → fsync → rename); refuses to replace an existing seq. */
export async function writePackage(
  dir: string,
  body: PackageBody,
  key: SigningKey,
): Promise<string> {
  // A new outbox has its own entry synced: a power cut just after must not take it, and the
  // package written into it, away.
  await makeFolder(dir)
  // Syncthing must never send a half-written temp file.
  await writeFile(join(dir, '.stignore'), '*.tmp\n', { flag: 'wx' }).catch(() => {})
  const file = join(dir, packageFileName(body.seq))
  const exists = await readFile(file).then(
    () => true,
    () => false,
  )
  if (exists) throw new Error(`township: 发件箱里已有第 ${body.seq} 个包，不能覆盖`)
  await writeFileDurable(file, encodePackage(body, key.privateKey))
  return file
}
