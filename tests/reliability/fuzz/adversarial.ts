/**
 * Values a careless or hostile caller might send in place of anything: wrong types, broken
 * numbers, impossible dates, huge and invisible text, prototype keys, deep and odd shapes.
 */
import fc from 'fast-check'

/** Keys that poison prototypes when an object is merged or assigned naively. */
export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const

/** Sets a key as an own, enumerable data property, even '__proto__' (as JSON.parse would). */
export function withOwn(obj: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true })
  return obj
}

/** A payload that would show up on Object.prototype if any code merged it unsafely. */
const payload = () => ({ polluted: 'yes', toString: 'broken' })

function deep(depth: number, asArray: boolean): unknown {
  let v: unknown = 'bottom'
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { a: v }
  return v
}

/** Numbers no amount or count should accept (and a few it should, at the edges). */
export const BAD_NUMBERS: readonly number[] = [
  NaN,
  Infinity,
  -Infinity,
  -0,
  -1,
  0.5,
  0.1 + 0.2,
  1e21,
  2 ** 53 + 1,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  -(2 ** 31),
]

/** Dates that look right and are not, or are right at awkward edges. */
export const BAD_DATES: readonly string[] = [
  '2026-02-30',
  '2026-02-29',
  '2024-02-29',
  '2026-13-01',
  '2026-00-10',
  '2026-04-31',
  '0000-00-00',
  '9999-12-31',
  '2026-2-3',
  '2026/03/05',
  '2026-03-05T00:00:00Z',
  ' 2026-03-05',
  '२०२६-०३-०५',
]

/** Text a screen or a file format might choke on. */
export const BAD_STRINGS: readonly string[] = [
  '',
  ' ',
  '\t\n',
  '\u0000',
  'a\u0007b',
  '\u202Eevil\u202C',
  '\u200B',
  '\uFEFF',
  '\ud800',
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  'javascript:alert(1)',
  '{{ constructor.constructor("return this")() }}',
  '${7*7}',
  '../../../etc/passwd',
  'C:\\Windows\\system32',
  "'; DROP TABLE ledger; --",
  '__proto__',
  'constructor',
  'NaN',
  '1e999',
  '110101199003077777',
  '13812345678',
  '6222021234567890123',
  '👨‍👩‍👧‍👦'.repeat(50),
  '村'.repeat(5000),
]

const hugeString = fc.constantFrom('a'.repeat(100_000), '修路'.repeat(60_000))

/** Any one adversarial value, of any type. */
export function adversarial(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...BAD_NUMBERS) },
    { weight: 3, arbitrary: fc.constantFrom(...BAD_STRINGS) },
    { weight: 2, arbitrary: fc.constantFrom(...BAD_DATES) },
    { weight: 1, arbitrary: hugeString },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>([], [{}], {}, [[[]]], ['a', 1, null]) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.integer({ min: 50, max: 5000 }), fc.boolean())
        .map(([d, arr]) => deep(d, arr)),
    },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom(...PROTO_KEYS)
        .map((k) => withOwn({}, k, k === 'constructor' ? { prototype: payload() } : payload())),
    },
    { weight: 1, arbitrary: fc.constant(Object.create(null) as unknown) },
    { weight: 2, arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true }) },
  )
}

/** A whole input that is not an object of the right shape at all. */
export function adversarialInput(): fc.Arbitrary<unknown> {
  return fc.oneof(
    adversarial(),
    fc.array(adversarial(), { maxLength: 3 }),
    fc
      .tuple(fc.constantFrom(...PROTO_KEYS, 'extra', 'id', 'q'), adversarial())
      .map(([k, v]) => withOwn({}, k, v)),
  )
}
