/** The kinds of everyday voucher a village books, with how often each comes up. */
import type { CategoryCode, Direction } from '../../../contract'
import { maskName } from '../services/mask'
import type { Draw } from './ledger-lines'
import { AGENCIES, groupName, personName } from './names'

/** One kind of voucher: weight, where it is booked, its range in 元, and its words. */
export interface VoucherKind {
  weight: number
  at: readonly [CategoryCode, string, Direction]
  yuan: readonly [number, number]
  /** Summary and counterparty, drawn together so they match. */
  words: (d: Draw) => readonly [string, string]
}

const one = <T>(d: Draw, items: readonly T[]): T => d.rng.pick(items)
const group = (d: Draw) => groupName(d.rng.int(1, d.groups))
const villager = (d: Draw) => personName(d.rng)
const shop = (d: Draw) => one(d, AGENCIES.shop)

const UPKEEP = [
  ['村部网络通信费', AGENCIES.utility[1]],
  ['村部用水费', AGENCIES.utility[2]],
  ['村民代表会议误工补贴', '参会村民代表'],
  ['报刊订阅费', '东台市邮政分公司'],
  ['村部保洁用品', AGENCIES.shop[2]],
  ['消防器材年检', '东台市安泰消防器材站'],
] as const

/** Everyday kinds; the calendar ones (wages, rents, grants) live in ledger-calendar.ts. */
export const VOUCHER_KINDS: readonly VoucherKind[] = [
  {
    weight: 8,
    at: ['expense', '办公费', 'expense'],
    yuan: [80, 2800],
    words: (d) => [
      one(d, ['购买打印纸、墨盒', '购买办公用品', '复印村务公开资料', '维修打印机']),
      shop(d),
    ],
  },
  {
    weight: 7,
    at: ['expense', '管理费用', 'expense'],
    yuan: [300, 6000],
    words: (d) => one(d, UPKEEP),
  },
  {
    weight: 9,
    at: ['expense', '公益事业支出', 'expense'],
    yuan: [500, 12000],
    words: (d) => [
      group(d) + one(d, ['路灯维修', '河道保洁', '绿化养护', '沟渠疏通', '道路坑洼修补']),
      villager(d),
    ],
  },
  {
    weight: 4,
    at: ['expense', '公益事业支出', 'expense'],
    yuan: [500, 3000],
    words: (d) => [`慰问困难户${maskName(villager(d))}`, ''],
  },
  {
    weight: 3,
    at: ['expense', '经营支出', 'expense'],
    yuan: [1000, 15000],
    words: (d) => [
      one(d, ['集体厂房屋顶维修', '集体仓库电路改造', '灌溉泵站维修', '机耕路养护']),
      shop(d),
    ],
  },
  {
    weight: 3,
    at: ['expense', '其他支出', 'expense'],
    yuan: [300, 9000],
    words: (d) => [one(d, ['防汛物资购置', '秸秆禁烧巡查补贴', '征兵体检交通补贴']), shop(d)],
  },
  {
    weight: 5,
    at: ['income', '补助收入', 'income'],
    yuan: [2000, 20000],
    words: (d) => [
      one(d, ['收到人居环境整治奖补资金', '收到党组织服务群众经费', '收到河长制工作经费']),
      one(d, AGENCIES.grant),
    ],
  },
  {
    weight: 4,
    at: ['income', '发包及上交收入', 'income'],
    yuan: [1000, 10000],
    words: (d) => [
      `收取${group(d)}${one(d, ['零星土地', '沟渠边坡', '集体门面房'])}承包费`,
      villager(d),
    ],
  },
  {
    weight: 3,
    at: ['income', '经营收入', 'income'],
    yuan: [1000, 12000],
    words: (d) => [
      one(d, ['农机库出租收入', '集体仓库出租收入', '烘干房代烘收入']),
      one(d, [...AGENCIES.coop, ...AGENCIES.firm]),
    ],
  },
  {
    weight: 2,
    at: ['income', '其他收入', 'income'],
    yuan: [50, 1800],
    words: (d) => [one(d, ['银行存款利息', '废品变卖收入']), one(d, AGENCIES.bank)],
  },
  {
    weight: 2,
    at: ['assets', '固定资产购置', 'expense'],
    yuan: [1000, 12000],
    words: (d) => [one(d, ['购置村部会议室空调', '购置办公电脑', '购置监控摄像头']), shop(d)],
  },
  {
    weight: 1,
    at: ['assets', '资产处置', 'income'],
    yuan: [200, 3000],
    words: (d) => ['出售报废办公设备', villager(d)],
  },
  {
    weight: 1,
    at: ['resources', '四荒地', 'income'],
    yuan: [1000, 8000],
    words: (d) => ['收取四荒地承包费', villager(d)],
  },
  {
    weight: 2,
    at: ['debts', '应收款', 'income'],
    yuan: [1000, 8000],
    words: (d) => [`收回${villager(d)}欠缴承包费`, ''],
  },
  {
    weight: 1,
    at: ['debts', '应付款', 'expense'],
    yuan: [2000, 15000],
    words: (d) => ['支付上年度应付维修款', shop(d)],
  },
  {
    weight: 1,
    at: ['other', '代收代付', 'expense'],
    yuan: [500, 6000],
    words: (d) => [
      `代付${one(d, ['残疾人护理补贴', '独生子女奖励金', '退役军人慰问金'])}`,
      villager(d),
    ],
  },
]
