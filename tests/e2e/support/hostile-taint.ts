/**
 * Puts hostile text straight into the store, as an import or a damaged backup might: every
 * free-text string of every record, round-robin from the corpus. Codes the app relies on
 * (ids, dates, enum values, the contract's constant lists) are left alone, found generically
 * so new record types are covered without a list here.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import * as contract from '../../../contract'
import type { Core } from '../../../electron/core/core'
import type { CollectionName } from '../../../electron/core/store/types'

function collect(v: unknown, out: Set<string>, depth = 0): void {
  if (depth > 8) return
  if (typeof v === 'string') out.add(v)
  else if (Array.isArray(v)) for (const x of v) collect(x, out, depth + 1)
  else if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>
    for (const k of ['enum', 'const', 'items', 'properties', 'anyOf', 'oneOf', 'allOf']) {
      if (k in o) collect(o[k], out, depth + 1)
    }
    if (!('type' in o)) for (const x of Object.values(o)) collect(x, out, depth + 1)
  }
}

/** Every enum value in the contract's schemas and every string in its constant lists. */
export function vocabulary(): Set<string> {
  const out = new Set<string>()
  for (const v of Object.values(contract) as unknown[]) {
    if (v instanceof z.ZodType) {
      try {
        collect(z.toJSONSchema(v, { unrepresentable: 'any', io: 'input' }), out)
      } catch {
        // Schemas JSON Schema cannot express carry no enum we could read anyway.
      }
    } else if (v && typeof v === 'object') collect(v, out)
  }
  return out
}

const STRUCTURAL_KEY =
  /^(id|key|receipt|period|date|status|kind|role|version)$|(Id|Ids|At|Until|Hash|Date)$/
const CODE_LIKE = /^[\x21-\x7e]*$/

/** A string a person typed (and a screen shows), not a code the app branches on. */
export function isFreeText(key: string, value: string, vocab: ReadonlySet<string>): boolean {
  if (STRUCTURAL_KEY.test(key) || vocab.has(value)) return false
  if (/phone|tel|mobile/i.test(key)) return true
  return !CODE_LIKE.test(value) || value === ''
}

/** A copy of a record with every free-text string replaced by `next()`. */
export function taint(
  value: unknown,
  next: () => string,
  vocab: ReadonlySet<string>,
  key = '',
): unknown {
  if (typeof value === 'string') return isFreeText(key, value, vocab) ? next() : value
  if (Array.isArray(value)) return value.map((v) => taint(v, next, vocab, key))
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = taint(v, next, vocab, k)
    return out
  }
  return value
}

/** Records by collection as the folder's documents hold them (generations and temp files excluded). */
async function recordsOnDisk(dir: string): Promise<Map<string, Array<[string, unknown]>>> {
  const out = new Map<string, Array<[string, unknown]>>()
  for (const file of await readdir(dir)) {
    if (!/^[a-z][A-Za-z]*(-\d{4})?\.json$/.test(file)) continue
    const doc = JSON.parse(await readFile(join(dir, file), 'utf8')) as {
      data: Record<string, Record<string, unknown>>
    }
    for (const [coll, records] of Object.entries(doc.data)) {
      if (coll === 'users') continue // accounts never reach a public screen
      out.set(coll, [...(out.get(coll) ?? []), ...Object.entries(records)])
    }
  }
  return out
}

/** Rewrites every record's free text with the corpus, one journal change per collection. */
export async function taintStore(
  core: Core,
  dir: string,
  corpus: readonly string[],
): Promise<number> {
  // Documents are written behind the journal: read them only once they hold every change.
  if (!(await core.store.flush())) throw new Error('hostile: 存储没能写完文件')
  const vocab = vocabulary()
  let i = 0
  const next = () => corpus[i++ % corpus.length]!
  for (const [coll, records] of await recordsOnDisk(dir)) {
    const puts = records.map(([id, r]) => ({
      coll: coll as CollectionName,
      id,
      value: taint(r, next, vocab),
    }))
    await core.store.commit({ actor: null, action: 'test.hostile', entity: coll, id: 'all', puts })
  }
  return i
}
