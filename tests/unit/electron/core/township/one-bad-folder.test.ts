/**
 * One village's folder, however broken or crafted (by a prankster with write access to the
 * shared folder, no key needed), never hides the other villages: the console shows every
 * village, and the bad one with a problem in plain words.
 */
import { readFile, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { PackageBody } from '../../../../../contract'
import {
  PROBLEMS_PER_VILLAGE,
  townshipOverview,
} from '../../../../../electron/core/township/console'
import { loadOrCreateKey, type SigningKey } from '../../../../../electron/core/township/keys'
import { encodePackage } from '../../../../../electron/core/township/package-format'
import { firstPackageVillage, inboxWith, signedAsOther } from './signed-folder'

const first = firstPackageVillage()
let key: SigningKey
const now = new Date('2026-12-12T02:00:00.000Z')

beforeAll(async () => {
  key = await loadOrCreateKey(first.v.keyDir)
})

const good = (o: Awaited<ReturnType<typeof townshipOverview>>) =>
  o.villages.filter((r) => r.folder === '甲村').map((r) => [r.name, r.ok, r.verified])

describe('one bad village folder', () => {
  it('a package whose 公开表 is malformed (no key needed): that file is unreadable, the rest shown', async () => {
    const pkg = JSON.parse(
      (await readFile(join(first.v.outbox, '00000001.json'), 'utf8')) as string,
    )
    pkg.records = [{ method: 'ledger.sheet', input: { period: '2026-10', all: true }, view: {} }]
    const { root, state } = await inboxWith(first.v, {
      乙村: { '00000001.json': JSON.stringify(pkg) },
    })
    const o = await townshipOverview(root, state, now)
    expect(good(o)).toEqual([['联盟村', true, 1]])
    expect(o.problems.filter((p) => p.folder === '乙村').map((p) => p.kind)).toContain('unreadable')
  })

  it('a signed package whose sheet key is a number: unreadable, not a crash', async () => {
    const crafted = {
      ...first.body,
      records: [
        {
          method: 'ledger.sheet',
          input: { period: '2026-10', all: true },
          view: { key: 202610, incomeFen: 0, expenseFen: 1, entries: [] },
        },
      ],
    } as unknown as PackageBody
    const { root, state } = await inboxWith(first.v, {
      乙村: { '00000001.json': encodePackage(crafted, key.privateKey) },
    })
    const o = await townshipOverview(root, state, now)
    expect(good(o)).toEqual([['联盟村', true, 1]])
    expect(o.problems.some((p) => p.folder === '乙村' && p.kind === 'unreadable')).toBe(true)
  })

  it('a folder whose archive cannot be written (a 250-byte name): said for it, the rest shown', async () => {
    const long = '村'.repeat(84) // 252 bytes in UTF-8: its archive name is over 255
    const { root, state } = await inboxWith(first.v, {
      [long]: { '00000001.json': signedAsOther(first.body, '乙村') },
    })
    const o = await townshipOverview(root, state, now)
    expect(good(o)).toEqual([['联盟村', true, 1]])
    expect(o.problems.some((p) => p.folder === long)).toBe(true)
  })

  it('folders named constructor, toString or __proto__ are villages like any other', async () => {
    const names = ['constructor', 'toString', '__proto__']
    const { root, state } = await inboxWith(
      first.v,
      Object.fromEntries(names.map((f) => [f, { '00000001.json': signedAsOther(first.body, f) }])),
    )
    const o = await townshipOverview(root, state, now)
    expect(good(o)).toEqual([['联盟村', true, 1]])
    for (const f of names)
      expect(
        o.villages.map((r) => r.folder),
        f,
      ).toContain(f)
    // What the console saw is kept for each: a swap later is still a fork.
    const seen = JSON.parse(await readFile(join(state, 'seen.json'), 'utf8')) as Record<
      string,
      unknown
    >
    for (const f of names) expect(Object.hasOwn(seen, f), f).toBe(true)
  })

  it("one village's packages copied into a second folder: both folders say so, neither is green", async () => {
    const copy = await readFile(join(first.v.outbox, '00000001.json'))
    const { root, state } = await inboxWith(first.v, { 丁村: { '00000001.json': copy } })
    const o = await townshipOverview(root, state, now)
    const rows = o.villages.map((r) => [r.folder, r.ok])
    expect(rows).toEqual(
      expect.arrayContaining([
        ['甲村', false],
        ['丁村', false],
      ]),
    )
    const keyed = o.problems.filter((p) => p.kind === 'key').map((p) => p.folder)
    expect(keyed.sort()).toEqual(['丁村', '甲村'].sort())
    expect(o.problems.find((p) => p.folder === '丁村')!.message).toContain('甲村')
  })

  it('a village folder that is a link is said, not followed and not left out silently', async () => {
    const { root, state } = await inboxWith(first.v, {})
    await symlink(join(root, '甲村'), join(root, '戊村'))
    const o = await townshipOverview(root, state, now)
    expect(good(o)).toEqual([['联盟村', true, 1]])
    expect(o.problems.map((p) => [p.folder, p.kind])).toEqual([['戊村', 'unreadable']])
  })

  it('a folder of a thousand junk files: a few problems listed, the rest counted in one line', async () => {
    const junk = Object.fromEntries(
      Array.from({ length: 1000 }, (_, i) => [`${String(i).padStart(8, '0')}.json`, 'x']),
    )
    const { root, state } = await inboxWith(first.v, { 乙村: junk })
    const o = await townshipOverview(root, state, now)
    expect(good(o)).toEqual([['联盟村', true, 1]])
    const listed = o.problems.filter((p) => p.folder === '乙村')
    expect(listed).toHaveLength(PROBLEMS_PER_VILLAGE)
    expect(listed.at(-1)!.message).toContain(`另有 ${1000 - PROBLEMS_PER_VILLAGE + 1} 个问题`)
  })
})
