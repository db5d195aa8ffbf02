/**
 * Whether a 四议两公开 matter gives works a lawful basis: ③ 党员大会 and ④ 村民代表会议 both
 * held and both passed, by the same rules the public tracker marks.
 */
import { describe, expect, it } from 'vitest'
import type { MatterStep } from '../../../contract'
import { decisionProblem, failedVote, worksUnderWay } from '../../../contract/matter-decision'

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
const REPS_OK = { due: 40, present: 35, votesFor: 30, votesAgainst: 3, abstain: 2 }
const REPS_NO = { due: 40, present: 35, votesFor: 17, votesAgainst: 16, abstain: 2 }
const PASSED = [step(0), step(1), step(2, PARTY_OK), step(3, REPS_OK)]

describe('failedVote', () => {
  it('is undefined while every vote held so far passed, and before any vote', () => {
    expect(failedVote([step(0), step(1)])).toBeUndefined()
    expect(failedVote(PASSED)).toBeUndefined()
  })

  it('names the first of ③ and ④ that did not pass, however it failed', () => {
    expect(failedVote([...PASSED.slice(0, 3), step(3, REPS_NO)])).toEqual({
      index: 3,
      name: '村民代表会议决议',
    })
    const thinParty = step(2, { ...PARTY_OK, present: 30, votesFor: 28 })
    expect(failedVote([step(0), step(1), thinParty, step(3, REPS_NO)])).toEqual({
      index: 2,
      name: '党员大会审议',
    })
  })
})

describe('decisionProblem', () => {
  it('is null when ③ and ④ were both held and passed', () => {
    expect(decisionProblem(PASSED)).toBeNull()
    expect(decisionProblem([...PASSED, step(4), step(5)])).toBeNull()
  })

  it('says in plain words that ④ never happened, or ③ was skipped', () => {
    expect(decisionProblem(PASSED.slice(0, 3))).toBe('还没有“村民代表会议决议”')
    expect(decisionProblem([])).toBe('还没有“村民代表会议决议”')
    expect(decisionProblem([step(0), step(1), step(3, REPS_OK)])).toBe(
      '没有经过“党员大会审议”就进行了“村民代表会议决议”',
    )
  })

  it('says which vote did not pass and why, in the tracker’s words', () => {
    expect(decisionProblem([...PASSED.slice(0, 3), step(3, REPS_NO)])).toBe(
      '“村民代表会议决议”没有依法通过：决议未获到会人员过半数同意（到会35人，同意17人）',
    )
  })
})

describe('worksUnderWay', () => {
  it('is true from 施工 on: building, accepted, settled', () => {
    const stages = ['立项', '招标', '施工', '验收', '结算'] as const
    expect(stages.map((s) => worksUnderWay(s))).toEqual([false, false, true, true, true])
  })
})
