/** An asset row's facts as labelled text, for its card and for the version a correction replaced. */
import { formatYuan, type AssetView } from '../../../../../contract'
import { formatDate } from '../../../format/date'

type Translate = (key: string, params?: Record<string, unknown>) => string
type AssetFacts = Omit<AssetView, 'correction'>

/** The facts worth showing (empty ones left out), each with a stable id. */
export function assetFacts(a: AssetFacts, t: Translate) {
  const k = (key: string) => t(`financeMore.assets.${key}`)
  const rows = [
    { id: 'location', label: k('location'), value: a.location },
    { id: 'area', label: k('area'), value: a.area },
    {
      id: 'value',
      label: k('value'),
      value: a.valueFen !== undefined ? formatYuan(a.valueFen) : '',
    },
    { id: 'lessee', label: k('lessee'), value: a.lessee },
    { id: 'contract', label: k('contractNo'), value: a.contractNo },
    {
      id: 'term',
      label: k('term'),
      value:
        a.termFrom && a.termTo
          ? t('financeMore.assets.termRange', {
              from: formatDate(a.termFrom),
              to: formatDate(a.termTo),
            })
          : formatDate(a.termTo ?? a.termFrom),
    },
    {
      id: 'rent',
      label: k('yearlyRent'),
      value: a.yearlyRentFen ? formatYuan(a.yearlyRentFen) : '',
    },
    {
      id: 'collected',
      label: k('collectedRow'),
      value: a.yearlyRentFen ? formatYuan(a.collectedFen) : '',
    },
    { id: 'owing', label: k('owingRow'), value: a.owingFen ? formatYuan(a.owingFen) : '' },
    { id: 'note', label: k('noteLabel'), value: a.note },
  ]
  return rows.filter((r) => r.value)
}
