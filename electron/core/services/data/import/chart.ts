/**
 * The subjects of 《农村集体经济组织会计制度》 (一级, with the codes township software prints) and
 * the public category and sub-item each becomes, so a township export imports without retyping.
 */
import type { CategoryCode } from '../../../../../contract'
import type { StandardSubject } from '../../../../../contract/schemas/subject-map'

type Row = [
  code: string,
  name: string,
  kind: StandardSubject['kind'],
  CategoryCode | null,
  string | null,
]

const ROWS: Row[] = [
  ['101', '库存现金', 'cash', null, null],
  ['102', '银行存款', 'cash', null, null],
  ['111', '短期投资', 'other', 'assets', '资产处置'],
  ['112', '应收款', 'other', 'debts', '应收款'],
  ['113', '内部往来', 'other', 'debts', '应收款'],
  ['121', '库存物资', 'other', 'assets', '固定资产购置'],
  ['131', '牲畜(禽)资产', 'other', 'assets', '固定资产购置'],
  ['132', '林木资产', 'other', 'resources', '林地'],
  ['141', '长期投资', 'other', 'assets', '资产处置'],
  ['151', '固定资产', 'other', 'assets', '固定资产购置'],
  ['153', '固定资产清理', 'other', 'assets', '资产处置'],
  ['154', '在建工程', 'other', 'assets', '在建工程'],
  ['201', '短期借款', 'other', 'debts', '借入款'],
  ['202', '应付款', 'other', 'debts', '应付款'],
  ['211', '应付工资', 'expense', 'expense', '干部报酬'],
  ['212', '应付福利费', 'other', 'distribution', '福利费'],
  ['221', '长期借款及应付款', 'other', 'debts', '借入款'],
  ['231', '一事一议资金', 'other', 'other', '一事一议筹资'],
  ['311', '公积公益金', 'other', 'distribution', '提取公积公益金'],
  ['322', '收益分配', 'other', 'distribution', '村民分红'],
  ['401', '生产(劳务)成本', 'expense', 'expense', '经营支出'],
  ['501', '经营收入', 'income', 'income', '经营收入'],
  ['502', '经营支出', 'expense', 'expense', '经营支出'],
  ['511', '发包及上交收入', 'income', 'income', '发包及上交收入'],
  ['522', '补助收入', 'income', 'income', '补助收入'],
  ['531', '其他收入', 'income', 'income', '其他收入'],
  ['541', '管理费用', 'expense', 'expense', '管理费用'],
  ['551', '其他支出', 'expense', 'expense', '其他支出'],
  ['561', '投资收益', 'income', 'income', '投资收益'],
  ['571', '公益支出', 'expense', 'expense', '公益事业支出'],
]

/** Every standard subject, in code order (shown on the mapping screen). */
export const STANDARD_SUBJECTS: readonly StandardSubject[] = ROWS.map(
  ([code, name, kind, category, item]) => ({ code, name, kind, category, item }),
)

/** Other names software and clerks give the same 一级 subjects. */
const ALIASES: Record<string, string> = {
  现金: '库存现金',
  '生产（劳务）成本': '生产(劳务)成本',
  生产成本: '生产(劳务)成本',
  劳务成本: '生产(劳务)成本',
  牲畜资产: '牲畜(禽)资产',
  公益事业支出: '公益支出',
  上交收入: '发包及上交收入',
  发包收入: '发包及上交收入',
  承包收入: '发包及上交收入',
}

const BY_NAME = new Map(STANDARD_SUBJECTS.map((s) => [s.name, s]))
const BY_CODE = new Map(STANDARD_SUBJECTS.map((s) => [s.code, s]))

/** The standard subject a 一级 name ("经营收入") or code ("501", "5011", "501.01") names. */
export function standardSubject(text: string): StandardSubject | undefined {
  const code = /^(\d{3})[\d.]*$/.exec(text)
  if (code) return BY_CODE.get(code[1]!)
  return BY_NAME.get(ALIASES[text] ?? text)
}
