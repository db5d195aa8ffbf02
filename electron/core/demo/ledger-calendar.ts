/** Vouchers that come with the calendar: wages, quarterly grants, yearly rents and dividends. */
import { AGENCIES, groupName } from './names'
import { amount, type Draw, type LineDraft } from './ledger-lines'

/** The lines a village books every month, quarter or year, for one month. */
export function calendarLines(d: Draw): LineDraft[] {
  const { rng, year, month } = d
  const out: LineDraft[] = []
  const add = (line: LineDraft) => out.push(line)
  const prevMonth = month === 1 ? 12 : month - 1
  add({
    category: 'expense',
    item: '干部报酬',
    direction: 'expense',
    day: 10,
    amountFen: amount(rng, 26_000, 34_000),
    summary: `发放${prevMonth}月村干部基本报酬`,
    counterparty: '村两委成员',
  })
  add({
    category: 'expense',
    item: '公益事业支出',
    direction: 'expense',
    day: 15,
    amountFen: amount(rng, 6_000, 11_000),
    summary: `支付${prevMonth}月保洁员工资`,
    counterparty: '村保洁队',
  })
  add({
    category: 'expense',
    item: '管理费用',
    direction: 'expense',
    day: 20,
    amountFen: amount(rng, 600, 2_900),
    summary: `缴纳${prevMonth}月村部及路灯电费`,
    counterparty: AGENCIES.utility[0],
  })
  if (month % 3 === 1) {
    add({
      category: 'income',
      item: '补助收入',
      direction: 'income',
      day: 18,
      amountFen: amount(rng, 80_000, 150_000),
      summary: '收到村级组织运转经费',
      counterparty: '镇财政所',
    })
    add({
      category: 'income',
      item: '经营收入',
      direction: 'income',
      day: 8,
      amountFen: amount(rng, 20_000, 60_000),
      summary: '收取集体标准厂房租金',
      counterparty: rng.pick(AGENCIES.firm),
    })
  }
  if (month === 1 || month === 12) {
    for (let i = rng.int(1, 2); i > 0; i--) {
      add({
        category: 'resources',
        item: '土地发包',
        direction: 'income',
        amountFen: amount(rng, 80_000, 250_000),
        summary: `收取${groupName(rng.int(1, d.groups))}土地发包租金（${year}年度）`,
        counterparty: rng.pick(AGENCIES.coop),
      })
    }
  }
  if (month === 3) {
    add({
      category: 'resources',
      item: '水面',
      direction: 'income',
      amountFen: amount(rng, 30_000, 80_000),
      summary: `收取集体鱼塘水面承包费（${year}年度）`,
      counterparty: AGENCIES.coop[3],
    })
    add({
      category: 'plan',
      item: '年度财务收支计划',
      direction: 'expense',
      amountFen: amount(rng, 800, 2_000),
      summary: `${year}年度财务收支计划编制审核服务费`,
      counterparty: '镇农村经营管理服务站',
    })
  }
  if (month === 6) {
    add({
      category: 'income',
      item: '投资收益',
      direction: 'income',
      amountFen: amount(rng, 50_000, 150_000),
      summary: `收到强村公司${year - 1}年度分红`,
      counterparty: '东台市强村发展有限公司',
    })
  }
  if (month >= 4 && month <= 9 && rng.chance(0.15)) {
    add({
      category: 'expense',
      item: '管理费用',
      direction: 'expense',
      amountFen: amount(rng, 55_000, 90_000),
      summary: '村部办公楼屋面防水维修',
      counterparty: rng.pick(AGENCIES.shop),
    })
  }
  if (month === 10) {
    add({
      category: 'distribution',
      item: '福利费',
      direction: 'expense',
      amountFen: amount(rng, 8_000, 20_000),
      summary: '重阳节慰问80岁以上老人',
      counterparty: '',
    })
  }
  if (month === 11 || month === 12) {
    const fee = amount(rng, 60_000, 160_000)
    add({
      category: 'other',
      item: '代收代付',
      direction: 'income',
      amountFen: fee,
      summary: `代收${year + 1}年度城乡居民医保费`,
      counterparty: '本村村民',
    })
    add({
      category: 'other',
      item: '代收代付',
      direction: 'expense',
      amountFen: fee,
      summary: `上缴代收${year + 1}年度城乡居民医保费`,
      counterparty: '东台市医疗保障局',
    })
  }
  if (month === 12) {
    add({
      category: 'distribution',
      item: '村民分红',
      direction: 'expense',
      amountFen: amount(rng, 100_000, 220_000),
      summary: `发放${year}年度集体经济收益分红`,
      counterparty: '全体集体经济组织成员',
    })
    if (rng.chance(0.3)) {
      add({
        category: 'debts',
        item: '归还借款',
        direction: 'expense',
        amountFen: amount(rng, 50_000, 100_000),
        summary: '归还镇农经站周转借款',
        counterparty: '镇农村经营管理服务站',
      })
    }
  }
  return out
}
