/**
 * Village folders for the 乡镇汇总 console under test: the signing village's own packages as 甲村,
 * and beside it folders crafted to be bad, some signed with a key no village has.
 */
import { createPublicKey, generateKeyPairSync } from 'node:crypto'
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import type { PackageBody } from '../../../../../contract'
import { fingerprintOf } from '../../../../../electron/core/township/keys'
import { decodePackage, encodePackage } from '../../../../../electron/core/township/package-format'
import { publishMonth, signingVillage, type SigningVillage } from './village'

/** The demo village with 2026-10 published (¥300 office supplies), and its first package unsigned. */
async function villageWithFirstPackage(): Promise<{ v: SigningVillage; body: PackageBody }> {
  const v = await signingVillage()
  await publishMonth(v.core, '2026-10', { summary: '十月办公用品', amountFen: 30_000 })
  const d = decodePackage(await readFile(join(v.outbox, '00000001.json')))
  if (!d.ok) throw new Error(d.message)
  const { signature: _s, ...body } = d.pkg
  return { v, body }
}

/** For a whole spec file: that village, opened before its tests and closed after them. */
export function firstPackageVillage(): { readonly v: SigningVillage; readonly body: PackageBody } {
  let made: { v: SigningVillage; body: PackageBody } | undefined
  beforeAll(async () => {
    made = await villageWithFirstPackage()
  }, 30_000)
  afterAll(async () => {
    await made?.v.close()
  })
  return {
    get v() {
      return made!.v
    },
    get body() {
      return made!.body
    },
  }
}

/** `body` as the package of a village named `name` with a key of its own, signed with that key. */
export function signedAsOther(body: PackageBody, name: string): Buffer {
  const { privateKey } = generateKeyPairSync('ed25519')
  const publicKey = createPublicKey(privateKey)
    .export({ type: 'spki', format: 'der' })
    .toString('base64')
  const fingerprint = fingerprintOf(publicKey)
  return encodePackage(
    { ...body, publicKey, fingerprint, village: { ...body.village, name } },
    privateKey,
  )
}

let n = 0

/**
 * A fresh inbox with `v`'s packages as 甲村 and `bad` (folder name → files) beside it, and a
 * fresh state folder for the console.
 */
export async function inboxWith(
  v: SigningVillage,
  bad: Record<string, Record<string, Buffer | string>>,
): Promise<{ root: string; state: string }> {
  const root = join(v.root, `inbox-${++n}`)
  await cp(v.outbox, join(root, '甲村'), { recursive: true })
  for (const [folder, files] of Object.entries(bad)) {
    await mkdir(join(root, folder), { recursive: true })
    for (const [name, bytes] of Object.entries(files))
      await writeFile(join(root, folder, name), bytes)
  }
  return { root, state: join(v.root, `state-${n}`) }
}
