/**
 * Inputs shaped like a method's own schema (read from the contract as JSON Schema, so new
 * methods are covered without a hand-kept list), filled with real ids and names from the
 * village and, at random places, with adversarial values.
 */
import fc from 'fast-check'
import { z } from 'zod'
import { adversarial, adversarialInput, BAD_DATES, PROTO_KEYS, withOwn } from './adversarial'

/** What the village holds, so inputs hit real records and real accounts. */
export interface Pools {
  /** Short strings found in records under id/key/receipt/period/name and record keys. */
  values: string[]
  /** Passwords the demo accounts really use. */
  passwords: string[]
  /** Valid dates around the core's today. */
  dates: string[]
}

type Json = { [k: string]: unknown }
const asJson = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {})

const CJK = '村务公开修路水泥补助收入支出党员大会决议通知低保公示张王李赵刘陈一二三四五六'
const cjkText = (max: number) =>
  fc
    .array(fc.constantFrom(...CJK), { minLength: 1, maxLength: Math.max(1, Math.min(max, 40)) })
    .map((a) => a.join(''))

function stringArb(s: Json, key: string, pools: Pools): fc.Arbitrary<unknown> {
  if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]))
  if ('const' in s) return fc.constant(s.const)
  const max = typeof s.maxLength === 'number' ? s.maxLength : 200
  const min = typeof s.minLength === 'number' ? s.minLength : 0
  const edges = fc.constantFrom(' '.repeat(Math.max(1, min)), 'x'.repeat(max + 1), 'x'.repeat(max))
  if (typeof s.pattern === 'string') {
    const re = new RegExp(s.pattern)
    const real = pools.values.filter((v) => re.test(v))
    const made = fc.stringMatching(re).filter((v) => v.length <= 200)
    return real.length > 0 ? fc.oneof(fc.constantFrom(...real), made) : made
  }
  if (/date|^(from|to|start|end|due|until|day)$/i.test(key)) {
    return fc.oneof(fc.constantFrom(...pools.dates), fc.constantFrom(...BAD_DATES))
  }
  const picks: Array<fc.Arbitrary<unknown>> = [cjkText(max), fc.string({ maxLength: max }), edges]
  if (/name|title/i.test(key)) picks.push(fc.constantFrom(...pools.values))
  if (/pass|pin/i.test(key)) picks.push(fc.constantFrom(...pools.passwords))
  if (/receipt|^q$|key|id/i.test(key)) picks.push(fc.constantFrom(...pools.values))
  return fc.oneof(...picks)
}

function numberArb(s: Json): fc.Arbitrary<unknown> {
  const min = typeof s.minimum === 'number' ? s.minimum : -1e6
  const max = typeof s.maximum === 'number' ? s.maximum : 1e12
  const inRange =
    s.type === 'integer'
      ? fc.integer({ min: Math.max(min, -(2 ** 31)), max: Math.min(max, 2 ** 31 - 1) })
      : fc.double({ min, max, noNaN: true })
  return fc.oneof(inRange, fc.constantFrom(min, max, min - 1, max + 1))
}

function objectArb(s: Json, pools: Pools, root: Json, depth: number): fc.Arbitrary<unknown> {
  const props = Object.entries(asJson(s.properties))
  const required = new Set(Array.isArray(s.required) ? (s.required as string[]) : [])
  const shape: Record<string, fc.Arbitrary<unknown>> = {}
  for (const [k, sub] of props) shape[k] = arbFor(asJson(sub), k, pools, root, depth + 1)
  const optional = props.map(([k]) => k).filter((k) => !required.has(k))
  const base = fc.record(shape, { requiredKeys: [...required].filter((k) => k in shape) })
  const dropped = fc.subarray([...required])
  return fc
    .tuple(base, fc.nat(9), dropped, fc.constantFrom(...PROTO_KEYS, 'extra'), adversarial())
    .map(([obj, roll, drop, extraKey, extraValue]) => {
      const out = { ...(obj as Record<string, unknown>) }
      if (roll === 0) for (const k of drop) delete out[k]
      if (roll === 1) withOwn(out, extraKey, extraValue)
      if (roll === 2 && optional.length > 0) for (const k of optional) delete out[k]
      return out
    })
}

/** An arbitrary for one JSON Schema node; about one leaf in eight is adversarial instead. */
export function arbFor(
  schema: Json,
  key: string,
  pools: Pools,
  root: Json,
  depth = 0,
): fc.Arbitrary<unknown> {
  const s = typeof schema.$ref === 'string' ? resolveRef(root, schema.$ref) : schema
  const any = [s.anyOf, s.oneOf].find(Array.isArray) as unknown[] | undefined
  let shaped: fc.Arbitrary<unknown>
  if (depth > 6) shaped = fc.constant({})
  else if (any) shaped = fc.oneof(...any.map((a) => arbFor(asJson(a), key, pools, root, depth)))
  else if (s.type === 'object') shaped = objectArb(s, pools, root, depth)
  else if (s.type === 'array') {
    const items = arbFor(asJson(s.items), key, pools, root, depth + 1)
    const max = typeof s.maxItems === 'number' ? s.maxItems : 5
    shaped = fc.oneof(
      { weight: 9, arbitrary: fc.array(items, { maxLength: Math.min(max, 4) }) },
      {
        weight: 1,
        arbitrary: fc.array(fc.constant('x'), { minLength: max + 1, maxLength: max + 1 }),
      },
    )
  } else if (s.type === 'string' || Array.isArray(s.enum) || 'const' in s) {
    shaped = stringArb(s, key, pools)
  } else if (s.type === 'integer' || s.type === 'number') shaped = numberArb(s)
  else if (s.type === 'boolean') shaped = fc.boolean()
  else if (s.type === 'null') shaped = fc.constant(null)
  else shaped = adversarial()
  return fc.oneof({ weight: 7, arbitrary: shaped }, { weight: 1, arbitrary: adversarial() })
}

function resolveRef(root: Json, ref: string): Json {
  let node: unknown = root
  for (const part of ref.replace(/^#\//, '').split('/')) node = asJson(node)[part]
  return asJson(node)
}

/** Inputs for one method: mostly schema-shaped, sometimes nothing like an object at all. */
export function inputArb(schema: z.ZodType, pools: Pools): fc.Arbitrary<unknown> {
  const root = z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as Json
  return fc.oneof(
    { weight: 6, arbitrary: arbFor(root, '', pools, root) },
    { weight: 1, arbitrary: adversarialInput() },
  )
}
