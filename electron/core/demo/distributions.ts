/** 收益分配: each year's sharing out, matching the dividend the ledger paid that December. */
import type { Distribution, LedgerEntry, VillageProfile } from '../../../contract'
import type { Cast } from './members'
import { publishedOn } from './published'
import type { Rng } from './rng'

const hundreds = (fen: number) => Math.round(fen / 10_000) * 10_000

/**
 * One distribution per year whose dividend (村民分红) is in the ledger; the 村民分红 item is
 * exactly that ledger amount, so the two pages agree, and 每人 × 人数 stays within it.
 */
export function demoDistributions(
  rng: Rng,
  cast: Cast,
  ledger: LedgerEntry[],
  profile: VillageProfile,
  today: string,
): Distribution[] {
  const dividends = ledger.filter((e) => e.item === '村民分红' && e.direction === 'expense')
  return dividends.map((e): Distribution => {
    const year = Number(e.date.slice(0, 4))
    const dividendFen = e.amountFen
    const reserveFen = hundreds(dividendFen * 0.5)
    const welfareFen = hundreds(dividendFen * 0.15)
    const keptFen = hundreds(rng.int(20_000, 60_000) * 100)
    const persons = profile.population
    const households = profile.households
    return {
      id: rng.uuid(),
      year,
      title: `${year}年度集体经济收益分配方案`,
      distributableFen: reserveFen + welfareFen + dividendFen + keptFen,
      items: [
        { name: '提取公积公益金', amountFen: reserveFen, note: '用于村内公益设施建设和维护' },
        { name: '提取福利费', amountFen: welfareFen, note: '用于困难户救助和老人慰问' },
        { name: '村民分红', amountFen: dividendFen, note: '按集体经济组织成员人数平均分配' },
      ],
      persons,
      households,
      perPersonFen: Math.floor(dividendFen / persons / 100) * 100,
      // Paid per person only (see the note): a 每户 figure too would read as a second payment.
      perHouseholdFen: 0,
      note: '分配方案经村民代表会议表决通过，分红直接打入成员的一卡通，村里不经手现金；尾数和未分配部分留作下年度使用。',
      ...publishedOn(rng, cast, e.date, today),
    }
  })
}
