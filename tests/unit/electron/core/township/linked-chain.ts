/**
 * Small signed package chains made in memory (a fresh Ed25519 key, real encodePackage), for
 * tests of what a folder of them adds up to; no village core needed.
 */
import { createHash, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { PackageBody, PackageRecord } from '../../../../../contract'
import { fingerprintOf } from '../../../../../electron/core/township/keys'
import { encodePackage } from '../../../../../electron/core/township/package-format'
import { tempDir } from '../../../temp-dir'

export interface TestKey {
  privateKey: KeyObject
  publicKey: string
  fingerprint: string
}

export function newKey(): TestKey {
  const { privateKey } = generateKeyPairSync('ed25519')
  const publicKey = createPublicKey(privateKey)
    .export({ type: 'spki', format: 'der' })
    .toString('base64')
  return { privateKey, publicKey, fingerprint: fingerprintOf(publicKey) }
}

const sha = (b: string | Buffer) => createHash('sha256').update(b).digest('hex')

export interface ChainOptions {
  name?: string
  /** Makes another history: from package `saltFrom` on (1 unless given). */
  salt?: string
  saltFrom?: number
  /** What package `seq` publishes (none unless given). */
  records?: (seq: number) => PackageRecord[]
  /** Which packages are corrections (none unless given). */
  correction?: (seq: number) => boolean
  /** When the village's clock says package `seq` was made (2026-11-20 unless given). */
  at?: (seq: number) => string
}

/** `n` linked packages of village `name` signed with `key`; `salt` makes another history. */
export function chain(key: TestKey, n: number, o: ChainOptions = {}): Buffer[] {
  const out: Buffer[] = []
  let prevPackage = ''
  let prevHash = ''
  for (let seq = 1; seq <= n; seq++) {
    const salt = seq >= (o.saltFrom ?? 1) ? (o.salt ?? '') : ''
    const hashes = [sha(`${salt}${seq}a`), sha(`${salt}${seq}b`)]
    const from = (seq - 1) * 2 + 1
    const at = o.at?.(seq) ?? '2026-11-20T00:00:00.000Z'
    const body: PackageBody = {
      format: 'cunwu-township/1',
      seq,
      village: { name: o.name ?? '联盟村', township: '沿河镇' },
      publicKey: key.publicKey,
      fingerprint: key.fingerprint,
      prevPackage,
      action: 'ledger.publish',
      correction: o.correction?.(seq) ?? false,
      at,
      journal: { from, to: from + 1, prev: prevHash, hashes },
      checkpoint: { seq: from + 1, hash: hashes[1]!, at },
      records: o.records?.(seq) ?? [],
      status: { periodMode: 'month', openQuestionDeadlines: [], matterWarnings: [] },
    }
    const file = encodePackage(body, key.privateKey)
    out.push(file)
    prevPackage = sha(file)
    prevHash = hashes[1]!
  }
  return out
}

/** The name the kiosk gives package `seq`. */
export const fileName = (seq: number) => `${String(seq).padStart(8, '0')}.json`

/** A fresh temp folder, removed when the test ends. */
export const tempRoot = async () => tempDir('township-chain-')

/** Writes `files` (name → bytes) into `dir`, making it first; a chain as 0000000n.json. */
export async function put(dir: string, files: Record<string, Buffer> | Buffer[]): Promise<void> {
  await mkdir(dir, { recursive: true })
  const named = Array.isArray(files)
    ? Object.fromEntries(files.map((b, i) => [fileName(i + 1), b]))
    : files
  for (const [n, b] of Object.entries(named)) await writeFile(join(dir, n), b)
}

/** A published month's sheet as a package carries it: one expense line of `expenseFen`. */
export function sheetRecord(period: string, expenseFen: number): PackageRecord {
  return {
    method: 'ledger.sheet',
    input: { period, all: true },
    view: {
      key: period,
      incomeFen: 0,
      expenseFen,
      entries: [{ item: '电费', direction: 'expense', amountFen: expenseFen }],
    },
  }
}
