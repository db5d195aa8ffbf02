import type { MatterView } from '../../../../../contract'
import type { Translate } from '../../../format/facts'
import { voteFailedWords } from '../../../format/vote-failed'

/** A matter's key facts for read-aloud and the QR code: title, step reached, votes, warnings. */
export function matterText(m: MatterView, village: string, t: Translate): string {
  const reached =
    m.reached >= 0
      ? t('matters.reached', { n: m.reached + 1, step: m.reachedName })
      : t('matters.notStarted')
  const votes = m.steps
    .filter((s) => s.done && s.due > 0)
    .map((s) =>
      t('matters.stepFacts', {
        name: s.name,
        date: s.date,
        attendance: t('matters.attendance', { due: s.due, present: s.present }),
        votes: t('matters.votes', { yes: s.votesFor, no: s.votesAgainst, abstain: s.abstain }),
      }),
    )
  const failed = voteFailedWords(m, t)
  return [
    `${village} ${m.title}`,
    reached,
    ...(failed ? [failed] : []),
    ...votes,
    ...m.ruleChecks,
  ].join(t('kiosk.factsJoin'))
}
