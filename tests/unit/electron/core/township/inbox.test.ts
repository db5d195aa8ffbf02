import { cp, mkdir, readFile, rm, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PackageBody } from '../../../../../contract'
import { checkFolder, type Seen } from '../../../../../electron/core/township/inbox'
import { loadOrCreateKey, type SigningKey } from '../../../../../electron/core/township/keys'
import {
  decodePackage,
  encodePackage,
  signatureChecks,
} from '../../../../../electron/core/township/package-format'
import { townshipOverview } from '../../../../../electron/core/township/console'
import { publishMonth, signingVillage, type SigningVillage } from './village'

let v: SigningVillage
let key: SigningKey
let bodies: PackageBody[]
let n = 0

beforeAll(async () => {
  v = await signingVillage()
  await publishMonth(v.core, '2026-10', { summary: '十月办公用品', amountFen: 30_000 })
  v.setNow('2026-12-02T02:00:00.000Z')
  await publishMonth(v.core, '2026-11', {
    summary: '十一月电费',
    item: '办公费',
    amountFen: 70_000,
  })
  key = await loadOrCreateKey(v.keyDir)
  bodies = await Promise.all(
    ['00000001.json', '00000002.json'].map(async (f) => {
      const d = decodePackage(await readFile(join(v.outbox, f)))
      if (!d.ok) throw new Error(d.message)
      const { signature: _s, ...body } = d.pkg
      return body
    }),
  )
}, 30_000)
afterAll(async () => {
  await v.close()
})

/** A fresh inbox holding a copy of the village's outbox as folder 'v'. */
async function inbox(): Promise<string> {
  const root = join(v.root, `inbox-${++n}`)
  await cp(v.outbox, join(root, 'v'), { recursive: true })
  return root
}

describe('township checks of one village folder', () => {
  it('verifies every signature and link of an untouched outbox', async () => {
    const check = await checkFolder(await inbox(), 'v', {})
    expect(check).toMatchObject({ name: '联盟村', files: 2, verified: 2, problems: [] })
  })

  it("a 3 GB file or a folder named like a package is that file's problem; the rest is checked", async () => {
    // Before, reading the 3 GB file threw, and the whole console (every village) failed to open.
    const root = await inbox()
    const huge = join(root, 'v', '00000003.json')
    await writeFile(huge, '{')
    await truncate(huge, 3 * 2 ** 30) // sparse: no disk used
    await mkdir(join(root, 'v', '00000004.json'))
    const check = await checkFolder(root, 'v', {})
    expect(check).toMatchObject({ files: 4, verified: 2 })
    expect(check.chain.map((g) => g.pkg.seq)).toEqual([1, 2])
    expect(check.problems.map((p) => [p.kind, p.message])).toEqual([
      ['unreadable', '00000003.json：文件太大（超过 64 MB），不是正常的公开包，没有读取'],
      ['unreadable', '00000004.json：这不是一个文件，无法读取'],
    ])
  })

  it('a changed byte is a bad signature, and the chain after it is not counted as verified', async () => {
    const root = await inbox()
    const file = join(root, 'v', '00000001.json')
    const text = await readFile(file, 'utf8')
    await writeFile(file, text.replace('30000', '30001'))
    const check = await checkFolder(root, 'v', {})
    expect(check.problems.map((p) => [p.kind, p.seq])).toEqual([
      ['signature', 1],
      ['chain', 2],
    ])
    expect(check.verified).toBe(0)
  })

  it('a rewritten history, even re-signed with the right key, breaks the chain', async () => {
    const root = await inbox()
    const forged = { ...bodies[1]!, journal: { ...bodies[1]!.journal, prev: 'f'.repeat(64) } }
    await writeFile(join(root, 'v', '00000002.json'), encodePackage(forged, key.privateKey))
    const check = await checkFolder(root, 'v', {})
    expect(check.problems).toMatchObject([
      { kind: 'chain', seq: 2, message: expect.stringContaining('历史被改写') },
    ])
    expect(check.verified).toBe(1)
  })

  it('two different packages for one seq are a fork: side by side, or replacing one seen before', async () => {
    const root = await inbox()
    const other = encodePackage({ ...bodies[1]!, at: '2026-12-03T00:00:00.000Z' }, key.privateKey)
    await writeFile(join(root, 'v', '00000002.sync-conflict-20261203-000000-ABCDEFG.json'), other)
    const side = await checkFolder(root, 'v', {})
    expect(side.problems).toMatchObject([{ kind: 'fork', seq: 2 }])

    const again = await inbox()
    const seen: Seen = {}
    expect((await checkFolder(again, 'v', seen)).problems).toEqual([])
    await writeFile(join(again, 'v', '00000002.json'), other)
    const later = await checkFolder(again, 'v', seen)
    expect(later.problems.map((p) => p.kind)).toContain('fork')
  })

  it('the console lists problems first and keeps what it saw, so a swap after a restart is still a fork', async () => {
    const root = await inbox()
    const state = join(v.root, `state-${n}`)
    const now = new Date('2026-12-12T02:00:00.000Z')
    const first = await townshipOverview(root, state, now)
    expect(first.problems).toEqual([])
    expect(first.villages).toMatchObject([
      {
        name: '联盟村',
        ok: true,
        verified: 2,
        lastPeriod: '2026-11',
        lastPeriodLabel: '2026年11月',
        periodMode: 'month',
        overdue: false,
        year: 2026,
        // 办公费 is 管理费用 in the township's books: both months count.
        managementFen: 100_000,
      },
    ])
    expect(first.villages[0]!.expenseFen).toBeGreaterThanOrEqual(100_000)
    const late = await townshipOverview(root, state, new Date('2027-01-11T02:00:00.000Z'))
    expect(late.villages[0]).toMatchObject({
      overdue: true,
      duePeriodLabel: '2026年12月',
      dueBy: '2027-01-10',
    })
    // A one-byte change in place (same size) is seen although the console cached the file.
    const second = join(root, 'v', '00000002.json')
    const bytes = await readFile(second)
    const good = Buffer.from(bytes)
    bytes[bytes.indexOf('十一月电费') + 1]! ^= 0x01
    await writeFile(second, bytes)
    const flipped = await townshipOverview(root, state, now)
    expect(flipped.problems.map((p) => [p.kind, p.seq])).toEqual([['signature', 2]])
    await writeFile(second, good)
    expect((await townshipOverview(root, state, now)).problems).toEqual([])
    await writeFile(
      join(root, 'v', '00000001.json'),
      encodePackage({ ...bodies[0]!, at: 'x' }, key.privateKey),
    )
    const swapped = await townshipOverview(root, state, now)
    expect(swapped.problems.map((p) => [p.kind, p.seq])).toContainEqual(['fork', 1])
    expect(swapped.villages[0]!.ok).toBe(false)
  })

  it('a changed signature alone is caught wherever the package sits, first open or not', async () => {
    for (const [file, expected, verified] of [
      [
        '00000001.json',
        [
          ['signature', 1],
          ['chain', 2],
        ],
        0,
      ],
      ['00000002.json', [['signature', 2]], 1],
    ] as const) {
      const root = await inbox()
      const path = join(root, 'v', file)
      const text = await readFile(path, 'utf8')
      const at = text.lastIndexOf('"signature":"') + 20
      const swapped = text[at] === 'A' ? 'B' : 'A'
      await writeFile(path, text.slice(0, at) + swapped + text.slice(at + 1))
      const check = await checkFolder(root, 'v', {})
      expect(check.problems.map((p) => [p.kind, p.seq])).toEqual(expected)
      expect(check.verified).toBe(verified)
    }
  })

  it('a clean folder is vouched for by its last signature; a new package is checked with its chain', async () => {
    let before = signatureChecks()
    expect(await checkFolder(await inbox(), 'v', {})).toMatchObject({ verified: 2, problems: [] })
    expect(signatureChecks() - before).toBe(1)
    const root = await inbox()
    const state = join(v.root, `state-checks-${n}`)
    const now = new Date('2026-12-12T02:00:00.000Z')
    await rm(join(root, 'v', '00000002.json'))
    before = signatureChecks()
    expect((await townshipOverview(root, state, now)).villages[0]).toMatchObject({ verified: 1 })
    expect(signatureChecks() - before).toBe(1)
    before = signatureChecks()
    await cp(join(v.outbox, '00000002.json'), join(root, 'v', '00000002.json'))
    const later = await townshipOverview(root, state, now)
    expect(later.problems).toEqual([])
    expect(later.villages[0]).toMatchObject({ ok: true, verified: 2 })
    expect(signatureChecks() - before).toBe(1)
    before = signatureChecks()
    expect((await townshipOverview(root, state, now)).villages[0]).toMatchObject({ verified: 2 })
    expect(signatureChecks() - before).toBe(0)
  })
})
