/** One valid input per finance register, and a field the public reads, for the workflow tests. */

export interface RegisterSample {
  prefix: 'budget' | 'assets' | 'debts' | 'distributions' | 'specials'
  input: Record<string, unknown>
  /** A field of the content and another value for it (used to prove nothing changed). */
  field: string
  other: unknown
}

export const REGISTER_SAMPLES: RegisterSample[] = [
  {
    prefix: 'budget',
    input: { year: 2026, direction: 'expense', category: 'expense', plannedFen: 12_000_000 },
    field: 'plannedFen',
    other: 13_000_000,
  },
  {
    prefix: 'assets',
    input: { name: '村东鱼塘', type: '资源', lessee: '顾氏水产', yearlyRentFen: 2_560_000 },
    field: 'name',
    other: '村西鱼塘',
  },
  {
    prefix: 'debts',
    input: {
      counterparty: '东台市海韵服饰有限公司',
      kind: '应收',
      amountFen: 6_000_000,
      date: '2026-07-01',
      settlement: '未结清',
      cause: '一号标准厂房下半年租金',
    },
    field: 'cause',
    other: '厂房租金',
  },
  {
    prefix: 'distributions',
    input: {
      year: 2025,
      title: '2025年度收益分配方案',
      distributableFen: 1_000_000,
      items: [{ name: '村民分红', amountFen: 800_000 }],
    },
    field: 'title',
    other: '2025年度收益分配',
  },
  {
    prefix: 'specials',
    input: { kind: '一事一议', title: '三组路灯筹资筹劳', date: '2026-09-01' },
    field: 'title',
    other: '三组路灯',
  },
]
