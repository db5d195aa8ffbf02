/** 专项公开: land compensation, a works tender, a final account, 一事一议 and a pond lease. */
import type { Matter, Project, Special, SpecialRow } from '../../../contract'
import { maskName } from '../services/mask'
import { addDays } from './dates'
import type { Cast } from './members'
import { AGENCIES, contractor, groupName, personName } from './names'
import { publishedOn } from './published'
import type { Rng } from './rng'

/** What the specials link to: the road and bridge projects and the pond matter. */
export interface SpecialLinks {
  road: Project
  bridge: Project
  pond?: Matter
}

type Draft = Omit<Special, 'id' | keyof ReturnType<typeof publishedOn>>

const PER_MU_FEN = 4_500_000

function landRows(rng: Rng): SpecialRow[] {
  return Array.from({ length: 8 }, (): SpecialRow => {
    const tenths = rng.int(3, 15)
    return {
      label: maskName(personName(rng)),
      group: groupName(5),
      note: `征收承包地${(tenths / 10).toFixed(1)}亩`,
      amountFen: (PER_MU_FEN * tenths) / 10,
    }
  })
}

function tenderRows(rng: Rng, road: Project): SpecialRow[] {
  const bid = (share: number) => Math.round((road.budgetFen * share) / 100_000) * 100_000
  const others: string[] = []
  for (let tries = 0; others.length < 2 && tries < 50; tries++) {
    const firm = contractor(rng)
    if (firm !== road.contractor && !others.includes(firm)) others.push(firm)
  }
  return [
    { label: road.contractor || '中标单位', group: '', note: '中标', amountFen: bid(0.93) },
    ...others.map((f, i) => ({
      label: f,
      group: '',
      note: '未中标',
      amountFen: bid(0.96 + i * 0.02),
    })),
  ]
}

/** The bridge's audited account, split so the rows add up to what the ledger paid (97%). */
function finalRows(bridge: Project): SpecialRow[] {
  const total = Math.round((bridge.budgetFen * 0.97) / 100) * 100
  const parts: Array<[string, number]> = [
    ['桥墩加固', 0.38],
    ['桥面更换', 0.32],
    ['护栏安装', 0.14],
    ['临时绕行便道', 0.06],
  ]
  const rows = parts.map(([label, share]) => ({
    label,
    group: '',
    note: '',
    amountFen: Math.round((total * share) / 100) * 100,
  }))
  const rest = total - rows.reduce((s, r) => s + r.amountFen, 0)
  return [...rows, { label: '监理及审计费', group: '', note: '', amountFen: rest }]
}

/** Five disclosures, one of each kind, linked to the works and the pond matter. */
export function demoSpecials(rng: Rng, cast: Cast, links: SpecialLinks, today: string): Special[] {
  const { road, bridge, pond } = links
  const tenderDay = road.milestones.find((m) => m.title === '中标结果公示')?.date
  const finalDay = bridge.milestones[bridge.milestones.length - 1]?.date
  const drafts: Draft[] = [
    {
      kind: '征地补偿',
      title: 'G228国道拓宽工程征收五组土地补偿款分配公示',
      date: addDays(today, -45),
      body: '国道拓宽工程征收五组承包地。土地补偿按每亩4.5万元计算，全部发放给被征地农户，打入本人一卡通。表中姓名已隐去一字。如有异议，请在公示之日起7天内向村务监督委员会反映。',
      rows: landRows(rng),
    },
    {
      kind: '工程招投标',
      title: `${road.name}招标结果公示`,
      date: tenderDay ?? addDays(today, -200),
      body: `本工程在东台市公共资源交易平台公开招标，共有3家单位投标，经评标委员会评审，${road.contractor}为中标单位。表中金额为各单位投标报价。`,
      rows: tenderRows(rng, road),
      projectId: road.id,
      ...(road.matterId ? { matterId: road.matterId } : {}),
    },
    {
      kind: '工程决算',
      title: `${bridge.name}工程决算公开`,
      date: finalDay ?? addDays(today, -280),
      body: '工程经镇建设办、村监委会共同验收合格，并经第三方审计。审定结算金额低于预算，结余资金退回原渠道。',
      rows: finalRows(bridge),
      projectId: bridge.id,
      ...(bridge.matterId ? { matterId: bridge.matterId } : {}),
    },
    {
      kind: '一事一议',
      title: '五组修路一事一议筹资筹劳方案公示',
      date: addDays(today, -70),
      body: '五组村民议事会商定：修路（组内道路硬化约600米），村民每户筹资100元，不愿出资的可以出工折抵。财政奖补资金和村集体投入见下表。',
      rows: [
        { label: '村民筹资', group: groupName(5), note: '86户，每户100元', amountFen: 860_000 },
        { label: '财政一事一议奖补', group: '', note: '', amountFen: 5_000_000 },
        { label: '村集体投入', group: '', note: '', amountFen: 2_000_000 },
      ],
    },
    {
      kind: '集体资产租赁',
      title: '村集体鱼塘重新发包竞价结果公示',
      date: pond?.steps[4]?.date ?? addDays(today, -85),
      body: '东塘集体鱼塘45亩，底价每亩每年800元，公开竞价，价高者得。新合同租期五年，自现合同到期次日起执行。表中金额为每年承包费报价。',
      rows: [
        { label: AGENCIES.coop[3], group: '', note: '中标', amountFen: 4_320_000 },
        { label: maskName(personName(rng)), group: groupName(2), note: '', amountFen: 4_050_000 },
        { label: AGENCIES.coop[0], group: '', note: '', amountFen: 3_780_000 },
      ],
      ...(pond ? { matterId: pond.id } : {}),
    },
  ]
  return drafts.map((d): Special => ({
    id: rng.uuid(),
    ...d,
    ...publishedOn(rng, cast, d.date, today),
  }))
}
