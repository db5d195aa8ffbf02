/**
 * The 8 categories of 《农村集体经济组织财务公开规定》 with the sub-items villages use.
 * Codes are stable (stored on records); names are what villagers read.
 */
export const CATEGORIES = [
  { code: 'plan', name: '财务计划', items: ['年度财务收支计划', '预算调整'] },
  {
    code: 'income',
    name: '各项收入',
    items: ['经营收入', '发包及上交收入', '投资收益', '补助收入', '其他收入'],
  },
  {
    code: 'expense',
    name: '各项支出',
    items: ['经营支出', '管理费用', '干部报酬', '办公费', '公益事业支出', '其他支出'],
  },
  { code: 'assets', name: '各项资产', items: ['固定资产购置', '在建工程', '资产处置'] },
  { code: 'resources', name: '各类资源', items: ['土地发包', '林地', '水面', '四荒地'] },
  { code: 'debts', name: '债权债务', items: ['应收款', '应付款', '借入款', '归还借款'] },
  { code: 'distribution', name: '收益分配', items: ['提取公积公益金', '村民分红', '福利费'] },
  { code: 'other', name: '其他', items: ['代收代付', '一事一议筹资', '其他事项'] },
] as const

export type CategoryCode = (typeof CATEGORIES)[number]['code']
export const CATEGORY_CODES = CATEGORIES.map((c) => c.code) as [CategoryCode, ...CategoryCode[]]

export function categoryName(code: CategoryCode): string {
  return CATEGORIES.find((c) => c.code === code)?.name ?? code
}

export function isItemOf(code: CategoryCode, item: string): boolean {
  return (
    (CATEGORIES.find((c) => c.code === code)?.items as readonly string[] | undefined)?.includes(
      item,
    ) ?? false
  )
}
