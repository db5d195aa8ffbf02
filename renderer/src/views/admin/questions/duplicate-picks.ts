/** Which questions the 重复 picker offers, in what order, for the words typed in its filter box. */
import type { InboxQuestion } from '../../../../../contract'

/** As compared: compatibility forms as they read (ＬＥＤ is led), either case. */
const readable = (s: string) => s.normalize('NFKC').toLowerCase()

/**
 * The questions `self` may repeat: still on the board (its asker is shown that one) and asked no
 * later than it (nobody repeats a question not yet asked, as core refuses); those about the same
 * item first, then newest first; only those whose text or receipt holds every word of `words`.
 */
export function duplicatePicks(
  list: readonly InboxQuestion[],
  self: InboxQuestion | null,
  words: string,
): InboxQuestion[] {
  if (!self) return []
  const asked = Date.parse(self.submittedAt)
  const about = self.about?.id
  const same = (q: InboxQuestion) => Number(!!about && q.about?.id === about)
  const wanted = readable(words).split(/\s+/).filter(Boolean)
  return list
    .filter((q) => q.id !== self.id && !q.withheld && Date.parse(q.submittedAt) <= asked)
    .filter((q) => {
      const hay = readable(`${q.text} ${q.receipt}`)
      return wanted.every((w) => hay.includes(w))
    })
    .sort((a, b) => same(b) - same(a) || b.submittedAt.localeCompare(a.submittedAt))
}
