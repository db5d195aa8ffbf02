/** A failed 四议两公开 vote in plain words, from what core says of the matter (display only). */
import type { MatterCard } from '../../../contract'
import type { Translate } from './facts'

/** “村民代表会议没有依法通过” or “党员大会没有依法通过”; '' when no vote on record failed. */
export function voteFailedWords(m: Pick<MatterCard, 'voteFailed'>, t: Translate): string {
  if (!m.voteFailed) return ''
  return t(m.voteFailed.index === 2 ? 'matters.voteFailedParty' : 'matters.voteFailedReps')
}
