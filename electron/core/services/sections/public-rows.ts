/**
 * The rows of a 公示 list and of a 征地补偿 disclosure as the public reads them: names masked
 * again (张*明) in case one was typed in full, stored before the mask on save existed or restored
 * from an old backup. Every public view of rows uses these, the 已更正 facts of a correction too.
 */
import type { Notice, Special } from '../../../../contract'
import { maskName } from '../mask'

export function publicNoticeRows(n: Notice): Notice['rows'] {
  return n.rows.map((r) => ({ ...r, maskedName: maskName(r.maskedName) }))
}

/** Only land compensation names people; other disclosures' labels are items (a lease, a plot). */
export function publicSpecialRows(s: Special): Special['rows'] {
  return s.rows.map((r) => (s.kind === '征地补偿' ? { ...r, label: maskName(r.label) } : { ...r }))
}
