/**
 * The recovery code: 24 characters the admin prints and keeps, from which a new machine can
 * unwrap the archive key. Crockford's alphabet (no I, L, O, U), read back forgivingly:
 * O is 0, I and L are 1, spaces, dashes and lower case are ignored.
 */
import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto'

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const LENGTH = 24
const N = 2 ** 15
const R = 8
const P = 1
const AAD = Buffer.from('cunwu-backup-key-v1')

/** The archive key wrapped by a recovery code; carried in every archive's header. */
export interface RecoveryWrap {
  salt: string
  N: number
  r: number
  p: number
  iv: string
  tag: string
  key: string
}

/** A fresh code, e.g. 7K3M-Q9TX-…, shown once. */
export function newRecoveryCode(): string {
  const bytes = randomBytes(LENGTH)
  let s = ''
  for (let i = 0; i < LENGTH; i++) s += ALPHABET[bytes[i]! & 31]
  return s.match(/.{4}/g)!.join('-')
}

/** The code as typed, reduced to its 24 characters; null when it cannot be one. */
export function normalizeCode(typed: string): string | null {
  const s = typed
    .toUpperCase()
    .replace(/[\s\-_.·—]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
  if (s.length !== LENGTH) return null
  for (const c of s) if (!ALPHABET.includes(c)) return null
  return s
}

function kek(code: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(code, salt, 32, { N: n, r, p, maxmem: 128 * 1024 * 1024 }, (err, k) =>
      err ? reject(err) : resolve(k),
    ),
  )
}

/** Wraps `key` under a key derived from the code (scrypt), for a machine that lost its secrets. */
export async function wrapWithCode(key: Buffer, code: string): Promise<RecoveryWrap> {
  const plain = normalizeCode(code)
  if (!plain) throw new Error('recovery: 恢复码格式不对')
  const salt = randomBytes(16)
  const iv = randomBytes(12)
  const c = createCipheriv('aes-256-gcm', await kek(plain, salt, N, R, P), iv)
  c.setAAD(AAD)
  const wrapped = Buffer.concat([c.update(key), c.final()])
  const b64 = (b: Buffer) => b.toString('base64')
  return {
    salt: b64(salt),
    N,
    r: R,
    p: P,
    iv: b64(iv),
    tag: b64(c.getAuthTag()),
    key: b64(wrapped),
  }
}

/** The archive key from a typed code, or null when the code is not the one that wrapped it. */
export async function unwrapWithCode(w: RecoveryWrap, typed: string): Promise<Buffer | null> {
  const code = normalizeCode(typed)
  if (!code) return null
  // Bounded like password hashes, so a crafted header cannot eat the machine's memory.
  const sane = w.N >= 2 ** 14 && w.N <= 2 ** 17 && w.r >= 1 && w.r <= 8 && w.p >= 1 && w.p <= 2
  if (!sane) return null
  const from = (s: string) => Buffer.from(s, 'base64')
  try {
    const d = createDecipheriv(
      'aes-256-gcm',
      await kek(code, from(w.salt), w.N, w.r, w.p),
      from(w.iv),
    )
    d.setAAD(AAD)
    d.setAuthTag(from(w.tag))
    return Buffer.concat([d.update(from(w.key)), d.final()])
  } catch {
    return null
  }
}
