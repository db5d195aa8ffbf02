/**
 * The kiosk's Ed25519 signing key: made once at setup, kept in its own folder outside the data
 * folder (a backup or a copied data folder never carries it), readable by this user only.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto'
import type { KeyObject } from 'node:crypto'
import { mkdir, open, readFile, rename } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fsyncDir } from '../store/fs-safe'

/** File of the private key (PKCS#8 PEM) inside the key folder. */
export const KEY_FILE = 'township-signing-key.pem'
/** The same key sealed by the operating system's store (Electron safeStorage), where there is one. */
export const SEALED_KEY_FILE = 'township-signing-key.sealed'

/**
 * The key file a temp name in the key folder stands for (`<key>.<pid>.tmp` → `<key>`), or null
 * for any other name: a power cut before the rename leaves one, swept at the next start.
 */
export function keyTempTarget(name: string): string | null {
  const m = /^(.+)\.\d+\.tmp$/.exec(name)
  return m && (m[1] === KEY_FILE || m[1] === SEALED_KEY_FILE) ? m[1] : null
}

/** Encrypts and decrypts the key with the OS user's secret (DPAPI, Keychain, libsecret). */
export interface KeySeal {
  seal(pem: string): Buffer | Promise<Buffer>
  open(sealed: Buffer): string | Promise<string>
}

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

async function readIfThere(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw e
  }
}

/**
 * Reads the key from `keyDir`, making it (atomically, mode 600) on first use; sealed by the
 * OS where `seal` is given. A sealed key without the seal is refused, never replaced.
 */
export async function loadOrCreateKey(keyDir: string, seal?: KeySeal): Promise<SigningKey> {
  const sealed = await readIfThere(join(keyDir, SEALED_KEY_FILE))
  if (sealed) {
    if (!seal) throw new Error('township: 签名钥匙由系统加密保存，只能在本机的村务公开程序里使用')
    return fromPrivate(createPrivateKey(await seal.open(sealed)))
  }
  const plain = await readIfThere(join(keyDir, KEY_FILE))
  if (plain) return fromPrivate(createPrivateKey(plain.toString('utf8')))
  await mkdir(keyDir, { recursive: true, mode: 0o700 })
  const { privateKey } = generateKeyPairSync('ed25519')
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string
  const file = join(keyDir, seal ? SEALED_KEY_FILE : KEY_FILE)
  const tmp = `${file}.${process.pid}.tmp`
  // Synced before the rename and the folders after: a power cut just after must not leave an
  // empty key file, or none, once packages were signed with it.
  const handle = await open(tmp, 'wx', 0o600)
  try {
    await handle.writeFile(seal ? await seal.seal(pem) : pem)
    await handle.sync()
  } finally {
    await handle.close()
  }
  await rename(tmp, file)
  await fsyncDir(keyDir)
  await fsyncDir(dirname(keyDir))
  return fromPrivate(privateKey)
}
