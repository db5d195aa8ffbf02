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

/**
 * Only land compensation names people; other disclosures' labels are items (a lease, a plot). A
 * disclosure that is, or corrects one that was, 征地补偿 keeps names masked: a correction can no
 * longer change the kind, but one stored by an older app may have.
 */
export function publicSpecialRows(
  s: Special,
  earlier: (id: string) => Special | undefined,
): Special['rows'] {
  const masked = namesPeople(s, earlier)
  return s.rows.map((r) => (masked ? { ...r, label: maskName(r.label) } : { ...r }))
}

/** Whether this version or any earlier one it replaced was 征地补偿 (a loop in the chain ends it). */
function namesPeople(s: Special, earlier: (id: string) => Special | undefined): boolean {
  const seen = new Set<string>()
  let v: Special | undefined = s
  while (v && !seen.has(v.id)) {
    if (v.kind === '征地补偿') return true
    seen.add(v.id)
    v = v.supersedes ? earlier(v.supersedes) : undefined
  }
  return false
}
