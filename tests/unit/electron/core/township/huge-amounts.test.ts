/**
 * A package's amounts are the kiosk's: integer fen no larger than a ledger line may be (Fen,
 * 100 亿元). Signed with a key of its own and dropped in a folder (no village key needed),
 * a package whose sheets say 2^53 − 1 fen each summed past what a number holds exactly, and the
 * console's row for that folder could not be shown (plainYuan refuses such a sum): the township
 * screen stopped drawing every village's row, not just this one.
 */
import { describe, expect, it } from 'vitest'
import { plainYuan } from '../../../../../contract/money'
import { townshipOverview } from '../../../../../electron/core/township/console'
import { firstPackageVillage, inboxWith, signedAsOther } from './signed-folder'

const first = firstPackageVillage()
const now = new Date('2026-12-12T02:00:00.000Z')

/** A first package of a village with a key of its own: three sheets of `lines` lines of `fen`. */
function crafted(fen: number, lines = 1, total = fen * lines): Buffer {
  const sheet = (key: string) => ({
    method: 'ledger.sheet',
    input: { period: key, all: true },
    view: {
      key,
      incomeFen: total,
      expenseFen: total,
      entries: Array.from({ length: lines }, () => ({
        item: '管理费用',
        direction: 'expense',
        amountFen: fen,
      })),
    },
  })
  return signedAsOther(
    { ...first.body, records: [sheet('2026-09'), sheet('2026-10'), sheet('2026-11')] },
    '乙村',
  )
}

/** The console over 甲村 and a folder 乙村 holding `bytes` as its first package. */
async function overviewWith(bytes: Buffer) {
  const { root, state } = await inboxWith(first.v, { 乙村: { '00000001.json': bytes } })
  return townshipOverview(root, state, now)
}

describe('amounts in a crafted package', () => {
  it('sheets of 2^53 − 1 fen: that package is unreadable, every row can be shown', async () => {
    const o = await overviewWith(crafted(Number.MAX_SAFE_INTEGER))
    for (const r of o.villages)
      for (const fen of [r.incomeFen, r.expenseFen, r.managementFen])
        expect(() => plainYuan(fen), r.folder).not.toThrow()
    expect(o.villages.find((r) => r.folder === '甲村')?.ok).toBe(true)
    expect(o.problems.some((p) => p.folder === '乙村' && p.kind === 'unreadable')).toBe(true)
  })

  it('ten thousand 管理费用 lines of 100 亿元 on a sheet of 100 亿元: unreadable, rows shown', async () => {
    const o = await overviewWith(crafted(1_000_000_000_000, 10_000, 1_000_000_000_000))
    for (const r of o.villages)
      for (const fen of [r.incomeFen, r.expenseFen, r.managementFen])
        expect(() => plainYuan(fen), r.folder).not.toThrow()
    expect(o.problems.some((p) => p.folder === '乙村' && p.kind === 'unreadable')).toBe(true)
  })

  it('a hundred lines of 100 亿元 (the most a line may be) on each sheet are read as before', async () => {
    const o = await overviewWith(crafted(1_000_000_000_000, 100))
    const row = o.villages.find((r) => r.folder === '乙村')!
    expect(row.ok).toBe(true)
    expect(row.incomeFen).toBe(300_000_000_000_000)
    expect(row.managementFen).toBe(300_000_000_000_000)
  })

  it('a line over 100 亿元: unreadable', async () => {
    const o = await overviewWith(crafted(1_000_000_000_001))
    expect(o.problems.some((p) => p.folder === '乙村' && p.kind === 'unreadable')).toBe(true)
  })
})
