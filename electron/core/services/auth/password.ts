/**
 * Password hashing: scrypt (node:crypto) at OWASP's N=2^17, r=8, p=1, in a self-describing
 * string so stronger parameters can come later without breaking old accounts. Inside a core the
 * scrypt key is then HMAC'd with the machine's pepper (kept outside the data folder): a copied
 * users file alone cannot be guessed at. The string says which pepper (`pscrypt$<id>$…`);
 * plain `scrypt$…` hashes from before keep working.
 */
import { createHmac, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'
import { pepperRing } from './pepper'

/** The environment variable a test host may set to lower scrypt's cost (see scryptLog2N). */
export const TEST_COST_ENV = 'VILLAGE_TEST_SCRYPT_LOG2N'

/**
 * log2 of scrypt's N for new hashes: 17 (OWASP). A test host running the core in plain Node
 * may lower it to 14–16 with VILLAGE_TEST_SCRYPT_LOG2N (a login 8× cheaper, which was most of
 * the auth suites' minutes). The kiosk's core always runs inside Electron, where the variable
 * is ignored; a stored hash names its own N, so verifying never depends on this.
 */
export function scryptLog2N(
  env: Record<string, string | undefined> = process.env,
  electron: string | undefined = process.versions.electron,
): number {
  const asked = Number(env[TEST_COST_ENV] || NaN)
  return electron === undefined && Number.isInteger(asked) && asked >= 14 && asked < 17 ? asked : 17
}

const N = 2 ** scryptLog2N()
const R = 8
const P = 1
const KEY_BYTES = 32
const SALT_BYTES = 16
/** scrypt needs 128·N·r bytes (128 MiB here); Node's default ceiling is 32 MiB. */
const MAXMEM = 256 * 1024 * 1024
const FORMAT = /^scrypt\$N=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9+/]+=*)\$([A-Za-z0-9+/]+=*)$/

const PEPPERED = /^pscrypt\$([a-f0-9]{16})\$(scrypt\$.*)$/

interface Parsed {
  opts: ScryptOptions
  salt: Buffer
  key: Buffer
  /** Set for peppered hashes: `key` is HMAC(pepper, scrypt key). */
  pepperId?: string
}

function derive(password: string, salt: Buffer, opts: ScryptOptions, len: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, len, { ...opts, maxmem: MAXMEM }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  )
}

function parse(stored: string): Parsed | null {
  const pm = PEPPERED.exec(stored)
  if (pm) {
    const inner = parse(pm[2]!)
    return inner && !inner.pepperId ? { ...inner, pepperId: pm[1]! } : null
  }
  const m = FORMAT.exec(stored)
  if (!m) return null
  const [n, r, p] = [Number(m[1]), Number(m[2]), Number(m[3])]
  // Bounded so a damaged record cannot make one login eat the machine's memory.
  const sane = n >= 2 ** 14 && n <= 2 ** 20 && (n & (n - 1)) === 0 && r >= 1 && r <= 16
  if (!sane || p < 1 || p > 4) return null
  const salt = Buffer.from(m[4]!, 'base64')
  const key = Buffer.from(m[5]!, 'base64')
  if (salt.length < 16 || key.length < 16) return null
  return { opts: { N: n, r, p }, salt, key }
}

const mac = (pepper: Buffer, key: Buffer) => createHmac('sha256', pepper).update(key).digest()

/** A plain scrypt hash (no pepper): the demo caches these, then peppers per machine. */
export async function hashUnpeppered(
  password: string,
  salt: Buffer = randomBytes(SALT_BYTES),
): Promise<string> {
  const key = await derive(password, salt, { N, r: R, p: P }, KEY_BYTES)
  return `scrypt$N=${N},r=${R},p=${P}$${salt.toString('base64')}$${key.toString('base64')}`
}

/**
 * Peppers a plain scrypt hash with the calling core's pepper, without the password (so old
 * hashes can be upgraded in place); returned unchanged outside a core or when already peppered.
 */
export async function pepperHash(stored: string): Promise<string> {
  const ring = pepperRing()
  const parsed = parse(stored)
  if (!ring || !parsed || parsed.pepperId) return stored
  const { id, key } = await ring.current()
  const [, params, salt] = stored.split('$')
  return `pscrypt$${id}$scrypt$${params}$${salt}$${mac(key, parsed.key).toString('base64')}`
}

/** True when a hash is not yet peppered (an upgrade candidate after the next good login). */
export function needsPepper(stored: string): boolean {
  return parse(stored)?.pepperId === undefined
}

/** Hashes a new password with a fresh random salt (or a given one, for the demo accounts). */
export async function hashPassword(
  password: string,
  salt: Buffer = randomBytes(SALT_BYTES),
): Promise<string> {
  return pepperHash(await hashUnpeppered(password, salt))
}

/**
 * Stands in for an unknown name: verifying against it costs one full scrypt, like a real
 * account, and can never succeed (the stored key is all zeros).
 */
export const DUMMY_HASH = `scrypt$N=${N},r=${R},p=${P}$${Buffer.alloc(SALT_BYTES).toString('base64')}$${Buffer.alloc(KEY_BYTES).toString('base64')}`

const DUMMY = parse(DUMMY_HASH)!

/** True when the password matches; compared in constant time. A malformed hash never matches. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  const parsed = parse(stored)
  const used = parsed ?? DUMMY
  const len = parsed?.pepperId ? KEY_BYTES : used.key.length
  const plain = await derive(password, used.salt, used.opts, len)
  let pepperOk = true
  let key = plain
  if (parsed?.pepperId) {
    // A hash peppered on another machine needs that machine's pepper (restored with its backup).
    const pepper = await pepperRing()?.byId(parsed.pepperId)
    pepperOk = pepper !== undefined
    key = mac(pepper ?? Buffer.alloc(32), plain)
  }
  if (key.length !== used.key.length) return false
  return timingSafeEqual(key, used.key) && pepperOk && parsed !== null && stored !== DUMMY_HASH
}
