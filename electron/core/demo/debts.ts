/** 债权债务: what the village is owed, owes and has borrowed, dated around today. */
import type { Debt, DebtInput } from '../../../contract'
import { addDays } from './dates'
import type { Cast } from './members'
import { publishedOn } from './published'
import type { Rng } from './rng'

const yuan = (n: number) => n * 100

type DebtDraft = Omit<DebtInput, 'date' | 'due'> & { at: number; dueIn?: number }

/** Five debts: one 应收 overdue, one 借入 partly repaid, one 应付 settled. */
export function demoDebts(
  rng: Rng,
  cast: Cast,
  today: string,
  roadFirm: string,
  roadBudgetFen: number,
): Debt[] {
  const drafts: DebtDraft[] = [
    {
      counterparty: '顾氏水产养殖场',
      kind: '应收',
      amountFen: yuan(18_000),
      settlement: '未结清',
      settledFen: 0,
      cause: '欠缴上年度鱼塘承包费',
      at: -200,
      dueIn: -100,
    },
    {
      counterparty: '东台市海韵服饰有限公司',
      kind: '应收',
      amountFen: yuan(60_000),
      settlement: '未结清',
      settledFen: 0,
      cause: '一号标准厂房下半年租金',
      at: -30,
      dueIn: 30,
    },
    {
      counterparty: roadFirm || '施工单位',
      kind: '应付',
      amountFen: Math.round(roadBudgetFen * 0.05),
      settlement: '未结清',
      settledFen: 0,
      cause: '道路硬化工程质量保证金（工程价款的5%），质保期满无质量问题后支付',
      at: -100,
      dueIn: 265,
    },
    {
      counterparty: '镇农村经营管理服务站',
      kind: '借入',
      amountFen: yuan(200_000),
      settlement: '部分结清',
      settledFen: yuan(100_000),
      cause: '村集体周转借款，用于垫付项目前期费用',
      at: -400,
      dueIn: 30,
    },
    {
      counterparty: '镇上永兴五金店',
      kind: '应付',
      amountFen: yuan(8_500),
      settlement: '已结清',
      settledFen: yuan(8_500),
      cause: '村部维修材料款',
      at: -150,
      dueIn: -120,
    },
  ]
  return drafts.map(({ at, dueIn, ...d }): Debt => ({
    id: rng.uuid(),
    ...d,
    date: addDays(today, at),
    ...(dueIn === undefined ? {} : { due: addDays(today, dueIn) }),
    ...publishedOn(rng, cast, addDays(today, -rng.int(10, 25)), today),
  }))
}
