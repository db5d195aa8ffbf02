/**
 * The kiosk's Ed25519 signing key: made once at setup, kept in its own folder outside the data
 * folder (a backup or a copied data folder never carries it), readable by this user only.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto'
import type { KeyObject } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** File of the private key (PKCS#8 PEM) inside the key folder. */
export const KEY_FILE = 'township-signing-key.pem'

export interface SigningKey {
  privateKey: KeyObject
  /** SPKI DER of the public key, base64: what every package carries. */
  publicKey: string
  fingerprint: string
}

/** Grouped hex of sha256(public key DER), first 32 digits: short enough to read aloud. */
export function fingerprintOf(publicKeyBase64: string): string {
  const hex = createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest('hex')
  return (hex.slice(0, 32).match(/.{4}/g) ?? []).join(' ')
}

function fromPrivate(privateKey: KeyObject): SigningKey {
  const der = createPublicKey(privateKey).export({ type: 'spki', format: 'der' })
  const publicKey = der.toString('base64')
  return { privateKey, publicKey, fingerprint: fingerprintOf(publicKey) }
}

/** Reads the key from `keyDir`, making it (atomically, mode 600) on first use. */
export async function loadOrCreateKey(keyDir: string): Promise<SigningKey> {
  const file = join(keyDir, KEY_FILE)
  try {
    return fromPrivate(createPrivateKey(await readFile(file, 'utf8')))
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e
  }
  await mkdir(keyDir, { recursive: true, mode: 0o700 })
  const { privateKey } = generateKeyPairSync('ed25519')
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string
  const tmp = `${file}.${process.pid}.tmp`
  await writeFile(tmp, pem, { mode: 0o600, flag: 'wx' })
  await rename(tmp, file)
  return fromPrivate(privateKey)
}
