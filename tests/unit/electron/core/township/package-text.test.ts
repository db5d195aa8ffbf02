import { generateKeyPairSync, sign } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { PACKAGE_FORMAT, type PackageBody } from '../../../../../contract'
import { canonicalJson, sha256Hex } from '../../../../../electron/core/store/canonical'
import { fingerprintOf } from '../../../../../electron/core/township/keys'
import {
  encodePackage,
  openPackage,
  type Opened,
} from '../../../../../electron/core/township/package-format'
import { summarise } from '../../../../../electron/core/township/summary'

const { privateKey, publicKey } = generateKeyPairSync('ed25519')
const pub = publicKey.export({ type: 'spki', format: 'der' }).toString('base64')

const line = (item: string, amountFen: number, extra: Record<string, unknown> = {}) => ({
  item,
  amountFen,
  direction: 'expense',
  summary: `${item}：村部水电费和办公用品`,
  handler: '杨*梅',
  ...extra,
})

function body(over: Partial<PackageBody> = {}): PackageBody {
  const entries = [
    line('管理费用', 12_000),
    line('管理费用', 3_000, { supersededAt: '2036-01-03T00:00:00.000Z' }),
    line('办公费', 500),
    line('管理费用', 700),
  ]
  return {
    format: PACKAGE_FORMAT,
    seq: 1,
    village: { name: '杨家湾村', township: '沿河镇' },
    publicKey: pub,
    fingerprint: fingerprintOf(pub),
    prevPackage: '',
    action: 'ledger.publish',
    correction: false,
    at: '2036-01-05T02:00:00.000Z',
    journal: { from: 1, to: 2, prev: '', hashes: ['a'.repeat(64), 'b'.repeat(64)] },
    checkpoint: { seq: 2, hash: 'b'.repeat(64), at: '2036-01-05T02:00:00.000Z' },
    records: [
      {
        method: 'ledger.sheet',
        input: { period: '2035-12', 备注: '十二月' },
        view: { key: '2035-12', incomeFen: 0, expenseFen: 15_700, entries },
      },
      { method: 'notices.get', input: { id: 'n1' }, view: { title: '关于修路的公告' } },
      {
        method: 'questions.public',
        input: {},
        view: { counts: { waiting: 1, withheld: { 含个人隐私: 2, 重复: 0 } } },
      },
    ],
    status: {
      periodMode: 'month',
      openQuestionDeadlines: ['2036-01-20'],
      matterWarnings: [{ title: '村道硬化工程', checks: ['没有村民代表会议决议'] }],
    },
    ...over,
  }
}

/**
 * A file signed over `text` exactly as given (the kiosk's own files are canonical JSON), the
 * signature where canonical JSON puts it: before status and village.
 */
function signedFile(text: string): Buffer {
  const signature = sign(null, Buffer.from(sha256Hex(text), 'hex'), privateKey).toString('base64')
  const at = text.lastIndexOf(',"status":')
  return Buffer.from(`${text.slice(0, at)},"signature":"${signature}"${text.slice(at)}\n`, 'utf8')
}

function opened(bytes: Buffer, records: 'exact' | 'bytes'): Extract<Opened, { ok: true }> {
  const o = openPackage(bytes, records)
  if (!o.ok) throw new Error(o.message)
  return o
}

describe("the console's quick read of a package (record text left as bytes)", () => {
  it('gives the same summary as reading every word, Chinese names and 管理费用 included', () => {
    const bytes = encodePackage(body(), privateKey)
    const quick = opened(bytes, 'bytes')
    const full = opened(bytes, 'exact')
    expect(quick.recordText).toBe('bytes')
    expect(full.recordText).toBe('exact')
    const summary = summarise(quick.pkg, quick.recordText)
    expect(summary).toEqual(summarise(full.pkg, full.recordText))
    expect(summary.name).toBe('杨家湾村')
    expect(summary.status.matterWarnings).toEqual([
      { title: '村道硬化工程', checks: ['没有村民代表会议决议'] },
    ])
    expect(summary.withheld).toEqual([
      { reason: '含个人隐私', count: 2 },
      { reason: '重复', count: 0 },
    ])
    // 12,000 + 500 + 700: the replaced line does not count; 办公费 is 管理费用 in the books.
    expect(summary.sheets).toEqual([
      { key: '2035-12', incomeFen: 0, expenseFen: 15_700, managementFen: 13_200 },
    ])
    expect(quick.checkSignature()).toBe(true)
  })

  it('withheld counts that are not whole numbers say nothing', () => {
    for (const withheld of [{ 重复: -1 }, { 重复: 1.5 }, { 重复: '2' }, [3], null]) {
      const b = body()
      b.records = [{ method: 'questions.public', input: {}, view: { counts: { withheld } } }]
      const bytes = encodePackage(b, privateKey)
      expect(summarise(opened(bytes, 'bytes').pkg, 'bytes').withheld).toBeUndefined()
    }
  })

  it('holds length limits to characters, not bytes: a long Chinese village name still reads', () => {
    // 40 characters (the limit is 100) are 120 bytes of UTF-8.
    const name = '杨'.repeat(40)
    const bytes = encodePackage(body({ village: { name, township: '沿河镇' } }), privateKey)
    expect(summarise(opened(bytes, 'bytes').pkg).name).toBe(name)
    const tooLong = encodePackage(
      body({ village: { name: '杨'.repeat(101), township: '沿河镇' } }),
      privateKey,
    )
    expect(openPackage(tooLong, 'bytes')).toMatchObject({ ok: false, reason: 'unreadable' })
  })

  it('reads a file with \\u escapes word for word, so an escaped 管理费用 still counts', () => {
    const text = canonicalJson(body()).replaceAll(
      '"item":"管理费用"',
      '"item":"\\u7ba1\\u7406\\u8d39\\u7528"',
    )
    expect(text).toContain('\\u7ba1')
    const quick = opened(signedFile(text), 'bytes')
    expect(quick.recordText).toBe('exact')
    expect(summarise(quick.pkg, quick.recordText).sheets[0]?.managementFen).toBe(13_200)
    expect(quick.checkSignature()).toBe(true)
  })

  it('reads a file that is not all UTF-8 as text, so keys broken alike stay one key', () => {
    const text = canonicalJson(
      body({
        records: [
          {
            method: 'questions.public',
            input: {},
            view: { counts: { withheld: { '\u00ff ': 1, '\u00fe ': 2 } } },
          },
        ],
      }),
    )
    // The two reasons become one byte each that is not UTF-8 (0xFF, 0xFE): as text, one key.
    const bytes = Buffer.from(text.replace('\u00ff ', 'X ').replace('\u00fe ', 'Y '))
    bytes[bytes.indexOf('X ')] = 0xff
    bytes[bytes.indexOf('Y ')] = 0xfe
    const file = Buffer.concat([
      bytes.subarray(0, -1),
      Buffer.from(`,"signature":"${'A'.repeat(86)}=="}`),
    ])
    const quick = opened(file, 'bytes')
    const full = opened(file, 'exact')
    expect(quick.recordText).toBe('exact')
    expect(summarise(quick.pkg, quick.recordText)).toEqual(summarise(full.pkg, full.recordText))
    // Two reasons that read as the same text: the later one, as JSON.parse of the text keeps.
    expect(summarise(quick.pkg, quick.recordText).withheld).toEqual([
      { reason: '\ufffd ', count: 1 },
    ])
  })

  it('nesting deeper than the stack reads as it does word for word, not as unreadable', () => {
    const text = canonicalJson(body())
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`
    const nested = text.replace('"checkpoint":{', `"checkpoint":{"x":${deep},`)
    const file = Buffer.from(`${nested.slice(0, -1)},"signature":"${'A'.repeat(86)}=="}\n`)
    const full = openPackage(file, 'exact')
    expect(full.ok).toBe(true)
    expect(openPackage(file, 'bytes')).toMatchObject({ ok: true, recordText: 'exact' })
  })

  it('refuses what is not a package the same way either way', () => {
    for (const text of [
      '',
      '[1,2]',
      '"杨家湾村"',
      '{"format":"cunwu-township/1"',
      '{"records":"x"}',
    ]) {
      const bytes = Buffer.from(text)
      expect(openPackage(bytes, 'bytes')).toEqual(openPackage(bytes, 'exact'))
    }
  })
})
