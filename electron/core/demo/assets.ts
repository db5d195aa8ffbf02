/** The 资产资源合同 register, dated around today so some terms are ending soon. */
import type { Asset, AssetInput } from '../../../contract'
import { addDays } from './dates'
import type { Cast } from './members'
import { publishedOn } from './published'
import type { Rng } from './rng'

type AssetDraft = Omit<AssetInput, 'termFrom' | 'termTo' | 'contractNo'> & {
  /** Days from today to the end of the term, and the term's length in years. */
  ends?: number
  years?: number
}

const yuan = (n: number) => n * 100

/** Eleven rows: ends in 40, 60, 75 and exactly 90 days are "expiring soon"; one ended 20 days ago. */
const ASSETS: AssetDraft[] = [
  {
    name: '东塘集体鱼塘',
    type: '资源',
    location: '东塘',
    area: '45亩',
    lessee: '顾氏水产养殖场',
    yearlyRentFen: yuan(36_000),
    collectedFen: yuan(36_000),
    note: '已按四议两公开程序重新竞价发包，新合同自到期次日起执行',
    ends: 40,
    years: 5,
  },
  {
    name: '一号标准厂房',
    type: '资产',
    location: '村工业集中区',
    area: '1200平方米',
    valueFen: yuan(1_800_000),
    lessee: '东台市海韵服饰有限公司',
    yearlyRentFen: yuan(120_000),
    collectedFen: yuan(60_000),
    note: '',
    ends: 75,
    years: 3,
  },
  {
    name: '二号标准厂房',
    type: '资产',
    location: '村工业集中区',
    area: '800平方米',
    valueFen: yuan(1_200_000),
    lessee: '东台市绿源农业科技有限公司',
    yearlyRentFen: yuan(80_000),
    collectedFen: yuan(80_000),
    note: '',
    ends: 700,
    years: 5,
  },
  {
    name: '村部沿街门面房（一至三间）',
    type: '资产',
    location: '村部南侧',
    area: '180平方米',
    lessee: '陈*华',
    yearlyRentFen: yuan(36_000),
    collectedFen: yuan(18_000),
    note: '租金按半年收取',
    ends: 400,
    years: 3,
  },
  {
    name: '老供销社门面房',
    type: '资产',
    location: '二组老街',
    area: '90平方米',
    lessee: '周*兵',
    yearlyRentFen: yuan(12_000),
    collectedFen: yuan(6_000),
    note: '合同已到期，正在公开招租；欠缴租金正在催收',
    ends: -20,
    years: 3,
  },
  {
    name: '三组集体机动地',
    type: '资源',
    location: '三组',
    area: '86亩',
    lessee: '鑫丰家庭农场',
    yearlyRentFen: yuan(68_800),
    collectedFen: yuan(68_800),
    note: '每亩每年800元',
    ends: 1500,
    years: 10,
  },
  {
    name: '七组集体土地',
    type: '资源',
    location: '七组',
    area: '120亩',
    lessee: '兴农土地股份合作社',
    yearlyRentFen: yuan(90_000),
    collectedFen: yuan(45_000),
    note: '每亩每年750元',
    ends: 1200,
    years: 8,
  },
  {
    name: '河堤防护林地',
    type: '资源',
    location: '丰收河北堤',
    area: '30亩',
    lessee: '绿野种植专业合作社',
    yearlyRentFen: yuan(9_000),
    collectedFen: yuan(9_000),
    note: '林地',
    ends: 200,
    years: 10,
  },
  {
    name: '村部办公楼',
    type: '资产',
    location: '村部',
    area: '650平方米',
    valueFen: yuan(2_800_000),
    lessee: '',
    yearlyRentFen: 0,
    collectedFen: 0,
    note: '村部自用，不出租',
  },
  {
    name: '村庄保洁服务外包合同',
    type: '合同',
    location: '全村',
    area: '',
    valueFen: yuan(180_000),
    lessee: '东台市洁美环境服务有限公司',
    yearlyRentFen: 0,
    collectedFen: 0,
    note: '合同金额为全年服务费，按月考核付款',
    ends: 60,
    years: 1,
  },
  {
    name: '农机库',
    type: '资产',
    location: '四组',
    area: '300平方米',
    valueFen: yuan(350_000),
    lessee: '盐城金穗粮食合作社',
    yearlyRentFen: yuan(15_000),
    collectedFen: yuan(15_000),
    note: '',
    ends: 90,
    years: 2,
  },
]

/** The register as published, each row with a contract number when it has a term. */
export function demoAssets(rng: Rng, cast: Cast, today: string): Asset[] {
  return ASSETS.map(({ ends, years, ...a }, i): Asset => {
    const termTo = ends === undefined ? undefined : addDays(today, ends)
    const termFrom = termTo && years ? addDays(termTo, 1 - Math.round(years * 365.25)) : undefined
    return {
      id: rng.uuid(),
      ...a,
      contractNo: termFrom
        ? `DT-${a.type === '资源' ? 'ZY' : a.type === '合同' ? 'HT' : 'ZC'}-${termFrom.slice(0, 4)}-${String(i + 1).padStart(3, '0')}`
        : '',
      ...(termFrom ? { termFrom } : {}),
      ...(termTo ? { termTo } : {}),
      ...publishedOn(rng, cast, addDays(today, -rng.int(20, 40)), today),
    }
  })
}
