/**
 * A package on disk: the canonical JSON of the body with its signature as one more key. The
 * signature covers the sha256 of the canonical body, i.e. the file's bytes without that key,
 * so checking a package never re-serialises it and any changed byte fails the check.
 */
import { createPublicKey, sign, verify } from 'node:crypto'
import type { KeyObject } from 'node:crypto'
import { TownshipPackage, type PackageBody } from '../../../contract'
import { canonicalJson, sha256Hex } from '../store/canonical'
import { fingerprintOf } from './keys'
import { parsePackageJson, type RecordText } from './package-text'

const SIG_KEY = Buffer.from(',"signature":"')
/** An Ed25519 signature is 64 bytes: 88 characters of base64. */
const SIG_LENGTH = 88

/** Public keys already checked against their fingerprint: a village signs all its packages with one. */
const keys = new Map<string, { fingerprint: string; key: KeyObject | null }>()

/** The key object for a base64 SPKI public key (null if it is not one), parsed once per key. */
function publicKeyOf(publicKey: string): { fingerprint: string; key: KeyObject | null } {
  let known = keys.get(publicKey)
  if (!known) {
    let key: KeyObject | null
    try {
      key = createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' })
    } catch {
      key = null
    }
    known = { fingerprint: fingerprintOf(publicKey), key }
    if (keys.size > 1000) keys.clear()
    keys.set(publicKey, known)
  }
  return known
}

function digestOf(bytes: string | Uint8Array): Buffer {
  return Buffer.from(sha256Hex(bytes), 'hex')
}

/** The bytes of a signed package file (canonical JSON, one trailing newline). */
export function encodePackage(body: PackageBody, privateKey: KeyObject): Buffer {
  const signature = sign(null, digestOf(canonicalJson(body)), privateKey).toString('base64')
  return Buffer.from(`${canonicalJson({ ...body, signature })}\n`, 'utf8')
}

/** What reading one package file found. */
export type Decoded =
  | { ok: true; pkg: TownshipPackage; sha256: string }
  | {
      ok: false
      reason: 'unreadable' | 'signature' | 'key'
      message: string
      pkg?: TownshipPackage
      sha256: string
    }

/**
 * A package read and shaped, its key matched to its fingerprint, its signature not yet checked;
 * `recordText` says how the strings in its records were read (see package-text.ts).
 */
export type Opened =
  | {
      ok: true
      pkg: TownshipPackage
      recordText: RecordText
      sha256: string
      checkSignature: () => boolean
    }
  | Extract<Decoded, { ok: false }>

/** Where the top-level signature key starts, or -1 when the file has no well-formed one. */
function signatureAt(bytes: Buffer): number {
  // Record text is JSON-escaped, so the unescaped key is the top-level one: the last but for
  // status and village, which sort after it and hold no object a key could be named in.
  const at = bytes.lastIndexOf(SIG_KEY)
  return at >= 0 && bytes[at + SIG_KEY.length + SIG_LENGTH] === 0x22 ? at : -1
}

/** What follows the signature in a kiosk's file (keys sorted: status and village come after it). */
const AFTER_SIG = Buffer.from(',"status":')
const FILE_END = Buffer.from('}\n')

/**
 * The signed bytes (the file without its signature key) and the signature found at `at`, or
 * null when the file is not laid out as a kiosk writes it: the signature where canonical JSON
 * puts it, one newline at the end. The signature covers the body only, so without this anyone
 * could move the signature or drop the newline and have a file of other bytes that still
 * checks out: a second "signed" version of the package, shown as the village's fork.
 */
function split(bytes: Buffer, at: number): { body: Buffer; signature: Buffer } | null {
  const end = at + SIG_KEY.length + SIG_LENGTH
  const tail = bytes.subarray(end + 1)
  if (!startsWith(tail, AFTER_SIG) || !endsWith(tail, FILE_END)) return null
  const signature = Buffer.from(bytes.subarray(at + SIG_KEY.length, end).toString(), 'base64')
  return { body: Buffer.concat([bytes.subarray(0, at), tail.subarray(0, -1)]), signature }
}

const startsWith = (b: Buffer, part: Buffer) =>
  b.length >= part.length && b.subarray(0, part.length).equals(part)
const endsWith = (b: Buffer, part: Buffer) =>
  b.length >= part.length && b.subarray(b.length - part.length).equals(part)

let checks = 0
/** How many Ed25519 checks this process has made: the console checks one per linked chain. */
export function signatureChecks(): number {
  return checks
}

/**
 * Parses one package file (shape, key fingerprint) and hands back its signature check for later:
 * in a chain whose every link holds, the last package's signature vouches for all before it,
 * since each names the sha256 of the whole previous file. With `records: 'bytes'` the records'
 * text may be left as bytes (the console's summary needs none of it word for word).
 */
export function openPackage(bytes: Buffer, records: RecordText = 'exact'): Opened {
  const sha256 = sha256Hex(bytes)
  let parsed: unknown
  let recordText: RecordText
  try {
    ;({ parsed, recordText } = parsePackageJson(bytes, records))
  } catch {
    return { ok: false, reason: 'unreadable', message: '内容不完整或被改动，无法读取', sha256 }
  }
  const shaped = TownshipPackage.safeParse(parsed)
  const at = signatureAt(bytes)
  if (!shaped.success || at < 0) {
    return { ok: false, reason: 'unreadable', message: '格式不对，可能被改动', sha256 }
  }
  const pkg = shaped.data
  const { fingerprint, key } = publicKeyOf(pkg.publicKey)
  if (fingerprint !== pkg.fingerprint) {
    return { ok: false, reason: 'key', message: '公钥和指纹对不上', pkg, sha256 }
  }
  // The check keeps the signature, not the parsed package: a folder's packages wait for their
  // checks, and holding every parsed package until then doubled the first open's GC time.
  const { signature } = pkg
  const checkSignature = (): boolean => {
    checks++
    const parts = split(bytes, at)
    try {
      return (
        key !== null &&
        parts !== null &&
        parts.signature.toString('base64') === signature &&
        verify(null, digestOf(parts.body), key, parts.signature)
      )
    } catch {
      return false
    }
  }
  return { ok: true, pkg, recordText, sha256, checkSignature }
}

/** What a package whose own signature does not check out is told. */
export const SIGNATURE_CHANGED = '内容在签名以后被改动过'

/** Parses and checks one package file: shape, key fingerprint, Ed25519 signature. */
export function decodePackage(bytes: Buffer): Decoded {
  const opened = openPackage(bytes, 'exact')
  if (!opened.ok) return opened
  const { pkg, sha256 } = opened
  return opened.checkSignature()
    ? { ok: true, pkg, sha256 }
    : { ok: false, reason: 'signature', message: SIGNATURE_CHANGED, pkg, sha256 }
}
