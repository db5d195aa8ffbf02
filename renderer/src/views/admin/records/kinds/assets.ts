/** 资产资源合同 on the record screens: what the village owns or leases out, and the rent owed. */
import { formatYuan, type AssetType } from '../../../../../../contract'
import { formatDate } from '../../../../format/date'
import { Converter, fenToText, opt } from './convert'
import type { KindDef } from './types'

export interface AssetDraft {
  name: string
  type: AssetType
  location: string
  area: string
  valueText: string
  lessee: string
  contractNo: string
  termFrom: string
  termTo: string
  yearlyRentText: string
  collectedText: string
  note: string
}

export const assetKind: KindDef<'assets', AssetDraft> = {
  kind: 'assets',
  blank: () => ({
    name: '',
    type: '合同',
    location: '',
    area: '',
    valueText: '',
    lessee: '',
    contractNo: '',
    termFrom: '',
    termTo: '',
    yearlyRentText: '',
    collectedText: '',
    note: '',
  }),
  fromRecord: (a) => ({
    name: a.name,
    type: a.type,
    location: a.location,
    area: a.area,
    valueText: a.valueFen === undefined ? '' : fenToText(a.valueFen),
    lessee: a.lessee,
    contractNo: a.contractNo,
    termFrom: a.termFrom ?? '',
    termTo: a.termTo ?? '',
    yearlyRentText: fenToText(a.yearlyRentFen),
    collectedText: fenToText(a.collectedFen),
    note: a.note,
  }),
  toInput(d, words) {
    const c = new Converter(words)
    const input = {
      name: d.name,
      type: d.type,
      location: d.location,
      area: d.area,
      valueFen: d.valueText.trim() === '' ? undefined : c.fen(d.valueText, 'valueFen'),
      lessee: d.lessee,
      contractNo: d.contractNo,
      termFrom: opt(d.termFrom),
      termTo: opt(d.termTo),
      yearlyRentFen: c.fen(d.yearlyRentText || '0', 'yearlyRentFen'),
      collectedFen: c.fen(d.collectedText || '0', 'collectedFen'),
      note: d.note,
    }
    return { input, errors: c.errors }
  },
  title: (a) => a.name,
  subtitle: (a, t) =>
    a.lessee ? t('records.asset.line', { type: a.type, lessee: a.lessee }) : a.type,
  facts: (a, t) => [
    { label: t('records.asset.type'), value: a.type },
    { label: t('records.asset.location'), value: a.location },
    { label: t('records.asset.area'), value: a.area },
    {
      label: t('records.asset.value'),
      value: a.valueFen === undefined ? '' : formatYuan(a.valueFen),
    },
    { label: t('records.asset.lessee'), value: a.lessee },
    { label: t('records.asset.contractNo'), value: a.contractNo },
    { label: t('records.asset.termFrom'), value: formatDate(a.termFrom) },
    { label: t('records.asset.termTo'), value: formatDate(a.termTo) },
    { label: t('records.asset.yearlyRent'), value: formatYuan(a.yearlyRentFen) },
    { label: t('records.asset.collected'), value: formatYuan(a.collectedFen) },
    { label: t('records.asset.note'), value: a.note },
  ],
  tables: () => [],
}
