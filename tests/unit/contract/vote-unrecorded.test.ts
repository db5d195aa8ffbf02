/**
 * A ③ or ④ step whose counts were never typed in (应到 0, the form's default) is a record
 * missing its numbers, not a vote that failed: the tile must not tell the village
 * "没有依法通过", while works still cannot rest on it.
 */
import { describe, expect, it } from 'vitest'
import type { MatterStep } from '../../../contract'
import { decisionProblem, failedVote } from '../../../contract/matter-decision'

const step = (index: number, counts: Partial<MatterStep> = {}): MatterStep => ({
  index,
  date: `2026-10-0${index + 1}`,
  due: 0,
  present: 0,
  votesFor: 0,
  votesAgainst: 0,
  abstain: 0,
  content: '',
  signatures: [],
  ...counts,
})
const PARTY_OK = { due: 60, present: 50, votesFor: 45, votesAgainst: 3, abstain: 2 }
const REPS_NO = { due: 40, present: 35, votesFor: 17, votesAgainst: 16, abstain: 2 }

describe('a vote whose counts were not recorded', () => {
  it('is not called a failed vote', () => {
    expect(failedVote([step(0), step(1), step(2)])).toBeUndefined()
    expect(failedVote([step(0), step(1), step(2, PARTY_OK), step(3)])).toBeUndefined()
  })

  it('does not hide a later vote that did fail', () => {
    expect(failedVote([step(0), step(1), step(2), step(3, REPS_NO)])).toEqual({
      index: 3,
      name: '村民代表会议决议',
    })
  })

  it('is still no lawful basis for works', () => {
    expect(decisionProblem([step(0), step(1), step(2, PARTY_OK), step(3)])).toBe(
      '“村民代表会议决议”没有依法通过：村民代表会议没有记录应到人数',
    )
  })
})
