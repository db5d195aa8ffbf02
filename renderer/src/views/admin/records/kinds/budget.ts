/** 财务计划 on the record screens: one planned line of the year, its amount typed in 元. */
import {
  categoryName,
  formatYuan,
  type CategoryCode,
  type Direction,
} from '../../../../../../contract'
import { Converter, fenToText } from './convert'
import type { KindDef } from './types'

export interface BudgetDraft {
  year: string
  direction: Direction
  category: CategoryCode
  item: string
  plannedText: string
  note: string
}

export const budgetKind: KindDef<'budget', BudgetDraft> = {
  kind: 'budget',
  blank: (today) => ({
    year: today.slice(0, 4),
    direction: 'expense',
    category: 'expense',
    item: '',
    plannedText: '',
    note: '',
  }),
  fromRecord: (b) => ({
    year: String(b.year),
    direction: b.direction,
    category: b.category,
    item: b.item,
    plannedText: fenToText(b.plannedFen),
    note: b.note,
  }),
  toInput(d, words) {
    const c = new Converter(words)
    const input = {
      year: c.int(d.year, 'year', false),
      direction: d.direction,
      category: d.category,
      item: d.item,
      plannedFen: c.fen(d.plannedText, 'plannedFen'),
      note: d.note,
    }
    return { input, errors: c.errors }
  },
  title: (b) => `${b.year}年 ${b.item || categoryName(b.category)}`,
  subtitle: (b, t) =>
    t('records.budget.line', {
      direction: t(`direction.${b.direction}`),
      amount: formatYuan(b.plannedFen),
    }),
  facts: (b, t) => [
    { label: t('records.budget.year'), value: String(b.year) },
    { label: t('records.budget.direction'), value: t(`direction.${b.direction}`) },
    { label: t('records.budget.category'), value: categoryName(b.category) },
    { label: t('records.budget.item'), value: b.item || t('records.budget.wholeCategory') },
    { label: t('records.budget.planned'), value: formatYuan(b.plannedFen) },
    { label: t('records.budget.note'), value: b.note },
  ],
  tables: () => [],
}
