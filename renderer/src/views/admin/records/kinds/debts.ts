/** 债权债务 on the record screens: who owes whom, how much, since when, and what is settled. */
import { formatYuan, type DebtKind, type DebtStatus } from '../../../../../../contract'
import { formatDate } from '../../../../format/date'
import { Converter, fenToText, opt } from './convert'
import type { KindDef } from './types'

export interface DebtDraft {
  counterparty: string
  kind: DebtKind
  amountText: string
  date: string
  due: string
  settlement: DebtStatus
  settledText: string
  cause: string
}

export const debtKind: KindDef<'debts', DebtDraft> = {
  kind: 'debts',
  blank: (today) => ({
    counterparty: '',
    kind: '应收',
    amountText: '',
    date: today,
    due: '',
    settlement: '未结清',
    settledText: '',
    cause: '',
  }),
  fromRecord: (d) => ({
    counterparty: d.counterparty,
    kind: d.kind,
    amountText: fenToText(d.amountFen),
    date: d.date,
    due: d.due ?? '',
    settlement: d.settlement,
    settledText: fenToText(d.settledFen),
    cause: d.cause,
  }),
  toInput(d, words) {
    const c = new Converter(words)
    const input = {
      counterparty: d.counterparty,
      kind: d.kind,
      amountFen: c.fen(d.amountText, 'amountFen'),
      date: d.date,
      due: opt(d.due),
      settlement: d.settlement,
      settledFen: c.fen(d.settledText || '0', 'settledFen'),
      cause: d.cause,
    }
    return { input, errors: c.errors }
  },
  title: (d) => `${d.kind}：${d.counterparty}`,
  subtitle: (d, t) =>
    t('records.debt.line', {
      amount: formatYuan(d.amountFen),
      date: formatDate(d.date),
      status: d.settlement,
    }),
  facts: (d, t) => [
    { label: t('records.debt.kind'), value: d.kind },
    { label: t('records.debt.counterparty'), value: d.counterparty },
    { label: t('records.debt.amount'), value: formatYuan(d.amountFen) },
    { label: t('records.debt.date'), value: formatDate(d.date) },
    { label: t('records.debt.due'), value: formatDate(d.due) },
    { label: t('records.debt.settlement'), value: d.settlement },
    { label: t('records.debt.settled'), value: formatYuan(d.settledFen) },
    { label: t('records.debt.cause'), value: d.cause },
  ],
  tables: () => [],
}
