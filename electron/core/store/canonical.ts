/** Canonical JSON and hashing: the journal's hash must not depend on key order or spacing. */
import { createHash } from 'node:crypto'

/** JSON with object keys sorted at every depth and no whitespace, so equal data hashes equally. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value)
    return text === undefined ? 'null' : text
  }
  if (Array.isArray(value)) {
    return `[${value.map((v: unknown) => canonicalJson(v)).join(',')}]`
  }
  const obj = value as Record<string, unknown>
  const parts: string[] = []
  for (const key of Object.keys(obj).sort()) {
    const v = obj[key]
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue
    parts.push(`${JSON.stringify(key)}:${canonicalJson(v)}`)
  }
  return `{${parts.join(',')}}`
}

/** sha256 of the parts in a row, as lowercase hex; strings are hashed as UTF-8, like on disk. */
export function sha256Hex(...parts: Array<string | Uint8Array>): string {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part)
  return hash.digest('hex')
}
