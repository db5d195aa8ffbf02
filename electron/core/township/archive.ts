/**
 * The console's archive read back: `archive/<folder>.jsonl` holds, a line each, the bytes of
 * every package the console saw first, and every other signed version of one seen since (see
 * folder-job.ts). It is the evidence: a package file rewritten in the inbox is read from here
 * as first seen, and a lost or damaged seen.json is rebuilt from it.
 */
import { join } from 'node:path'
import { sha256Hex } from '../store/canonical'
import { trustedArrivals, type Arrival } from './arrivals'
import { openPackage } from './package-format'
import { PACKAGE_MAX_BYTES, readCapped } from './read-capped'
import { MalformedSheet, summarise, type PackageSummary } from './summary'

/** The archive file of one village folder. */
export const archiveFileOf = (stateDir: string, folder: string) =>
  join(stateDir, 'archive', `${folder}.jsonl`)

/**
 * The most of an archive read: four of the largest package the console reads at all. A village's
 * whole history is a few MB (its first package, with ten years of journal hashes, is the most of
 * it), and four reader threads each holding one stay within a township PC's memory.
 */
export const ARCHIVE_MAX_BYTES = 4 * PACKAGE_MAX_BYTES

/** One archived package that checks out: its file hash and summary. */
export interface Archived {
  sha256: string
  summary: PackageSummary
}

/**
 * Every package line of an archive file whose signature checks out, in the order archived,
 * and how many lines did not (damaged, or not a package). A file that cannot be read, or is
 * over ARCHIVE_MAX_BYTES, is none.
 */
async function readArchive(
  file: string,
  wanted?: ReadonlySet<string>,
): Promise<{ packages: Archived[]; bad: number }> {
  const bytes = await readCapped(file, ARCHIVE_MAX_BYTES)
  if (!bytes) return { packages: [], bad: 0 }
  const packages: Archived[] = []
  let bad = 0
  for (let start = 0; start < bytes.length;) {
    const nl = bytes.indexOf(0x0a, start)
    const end = nl < 0 ? bytes.length : nl + 1
    // A package file is its line with the newline (the archive adds one only where it lacked it).
    const line =
      nl < 0 ? Buffer.concat([bytes.subarray(start), NEWLINE]) : bytes.subarray(start, end)
    start = end
    if (line.length <= 1) continue
    if (wanted && !wanted.has(sha256Hex(line))) continue
    const d = openPackage(line, 'bytes')
    if (!d.ok || !d.checkSignature()) {
      bad++
      continue
    }
    try {
      packages.push({ sha256: d.sha256, summary: summarise(d.pkg, d.recordText) })
    } catch (e) {
      if (!(e instanceof MalformedSheet)) throw e
      bad++
    }
  }
  return { packages, bad }
}

const NEWLINE = Buffer.from('\n')

/** The archived packages with these file hashes (those found and checking out), by hash. */
export async function archivedVersions(
  file: string,
  shas: ReadonlySet<string>,
): Promise<Map<string, Archived>> {
  const { packages } = await readArchive(file, shas)
  return new Map(packages.map((p) => [p.sha256, p]))
}

/**
 * What seen.json held for a folder, as its archive tells it: the first version archived of
 * each package is the one first seen (an open archives its first sightings before any other
 * version), every other version a fork (`f<seq>:<sha256>`, as chain.ts writes it). Only packages
 * signed with the key most of the archive carries count: a line slipped in under another key
 * accuses no one. `bad` counts lines that are not packages signed as archived. A correction first
 * seen on a later open than the folder's first has the day it arrived back (`d<seq>`, as
 * chain.ts writes it) where `arrivals` (the day file, see arrivals.ts) knows it, no later than
 * the archive bears out (trustedArrivals).
 */
export async function seenFromArchive(
  file: string,
  arrivals: ReadonlyMap<string, Arrival> = new Map(),
): Promise<{ seen: Record<string, string>; packages: number; bad: number }> {
  const { packages, bad } = await readArchive(file)
  const counts = new Map<string, number>()
  for (const p of packages)
    counts.set(p.summary.fingerprint, (counts.get(p.summary.fingerprint) ?? 0) + 1)
  let key = ''
  for (const [fingerprint, n] of counts) if (n > (counts.get(key) ?? 0)) key = fingerprint
  const ours = packages.filter((p) => p.summary.fingerprint === key)
  const days = trustedArrivals(
    ours.map((p) => p.sha256),
    arrivals,
  )
  const seen: Record<string, string> = {}
  for (const { sha256, summary } of ours) {
    const seq = String(summary.seq)
    const first = seen[seq]
    if (first === undefined) {
      seen[seq] = sha256
      const arrived = days.get(sha256)
      if (summary.correction && arrived && !arrived.paired) seen[`d${seq}`] = arrived.day
    } else if (first !== sha256) seen[`f${seq}:${sha256}`] = sha256
  }
  return { seen, packages: ours.length, bad: bad + packages.length - ours.length }
}
