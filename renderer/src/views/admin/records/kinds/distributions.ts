/** 收益分配 on the record screens: a year's distributable income and how it was shared out. */
import { formatYuan } from '../../../../../../contract'
import { Converter, fenToText } from './convert'
import type { KindDef } from './types'

export interface ItemDraft {
  name: string
  amountText: string
  note: string
}

export interface DistributionDraft {
  year: string
  title: string
  distributableText: string
  items: ItemDraft[]
  persons: string
  households: string
  perPersonText: string
  perHouseholdText: string
  note: string
}

export const newItem = (): ItemDraft => ({ name: '', amountText: '', note: '' })

export const distributionKind: KindDef<'distributions', DistributionDraft> = {
  kind: 'distributions',
  blank: (today) => ({
    year: String(Number(today.slice(0, 4)) - 1),
    title: '',
    distributableText: '',
    items: [newItem()],
    persons: '0',
    households: '0',
    perPersonText: '',
    perHouseholdText: '',
    note: '',
  }),
  fromRecord: (d) => ({
    year: String(d.year),
    title: d.title,
    distributableText: fenToText(d.distributableFen),
    items: d.items.map((i) => ({ name: i.name, amountText: fenToText(i.amountFen), note: i.note })),
    persons: String(d.persons),
    households: String(d.households),
    perPersonText: fenToText(d.perPersonFen),
    perHouseholdText: fenToText(d.perHouseholdFen),
    note: d.note,
  }),
  toInput(d, words) {
    const c = new Converter(words)
    const input = {
      year: c.int(d.year, 'year', false),
      title: d.title,
      distributableFen: c.fen(d.distributableText, 'distributableFen'),
      items: d.items.map((i, n) => ({
        name: i.name,
        amountFen: c.fen(i.amountText, `items.${n}.amountFen`),
        note: i.note,
      })),
      persons: c.int(d.persons, 'persons'),
      households: c.int(d.households, 'households'),
      perPersonFen: c.fen(d.perPersonText || '0', 'perPersonFen'),
      perHouseholdFen: c.fen(d.perHouseholdText || '0', 'perHouseholdFen'),
      note: d.note,
    }
    return { input, errors: c.errors }
  },
  title: (d) => d.title,
  subtitle: (d, t) =>
    t('records.distribution.line', { year: d.year, amount: formatYuan(d.distributableFen) }),
  facts: (d, t) => [
    { label: t('records.distribution.year'), value: String(d.year) },
    { label: t('records.distribution.distributable'), value: formatYuan(d.distributableFen) },
    { label: t('records.distribution.persons'), value: String(d.persons) },
    { label: t('records.distribution.households'), value: String(d.households) },
    { label: t('records.distribution.perPerson'), value: formatYuan(d.perPersonFen) },
    { label: t('records.distribution.perHousehold'), value: formatYuan(d.perHouseholdFen) },
    { label: t('records.distribution.note'), value: d.note },
  ],
  tables: (d, t) => [
    {
      label: t('records.distribution.items'),
      head: [
        t('records.distribution.itemName'),
        t('records.distribution.itemAmount'),
        t('records.distribution.itemNote'),
      ],
      rows: d.items.map((i) => [i.name, formatYuan(i.amountFen), i.note]),
    },
  ],
}
