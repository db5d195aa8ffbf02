/**
 * A package on disk: canonical JSON of the body plus its signature. Signing covers the sha256
 * of the canonical body, so any changed byte fails either the parse or the signature.
 */
import { createPublicKey, sign, verify } from 'node:crypto'
import type { KeyObject } from 'node:crypto'
import { TownshipPackage, type PackageBody } from '../../../contract'
import { canonicalJson, sha256Hex } from '../store/canonical'
import { fingerprintOf } from './keys'

function digest(body: PackageBody): Buffer {
  return Buffer.from(sha256Hex(canonicalJson(body)), 'hex')
}

/** The bytes of a signed package file (canonical JSON, one trailing newline). */
export function encodePackage(body: PackageBody, privateKey: KeyObject): Buffer {
  const signature = sign(null, digest(body), privateKey).toString('base64')
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

/** Parses and checks one package file: shape, key fingerprint, Ed25519 signature. */
export function decodePackage(bytes: Buffer): Decoded {
  const sha256 = sha256Hex(bytes)
  let parsed: unknown
  try {
    parsed = JSON.parse(bytes.toString('utf8'))
  } catch {
    return { ok: false, reason: 'unreadable', message: '内容不完整或被改动，无法读取', sha256 }
  }
  const shaped = TownshipPackage.safeParse(parsed)
  if (!shaped.success) {
    return { ok: false, reason: 'unreadable', message: '格式不对，可能被改动', sha256 }
  }
  const pkg = shaped.data
  if (fingerprintOf(pkg.publicKey) !== pkg.fingerprint) {
    return { ok: false, reason: 'key', message: '公钥和指纹对不上', pkg, sha256 }
  }
  const { signature, ...body } = pkg
  let good: boolean
  try {
    const key = createPublicKey({
      key: Buffer.from(pkg.publicKey, 'base64'),
      format: 'der',
      type: 'spki',
    })
    good = verify(null, digest(body), key, Buffer.from(signature, 'base64'))
  } catch {
    good = false
  }
  return good
    ? { ok: true, pkg, sha256 }
    : { ok: false, reason: 'signature', message: '内容在签名以后被改动过', pkg, sha256 }
}
