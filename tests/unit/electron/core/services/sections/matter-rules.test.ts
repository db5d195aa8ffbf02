import { describe, expect, it } from 'vitest'
import {
  matterRuleChecks,
  meetingRuleChecks,
  partyMeetingChecks,
  representativesChecks,
} from '../../../../../../contract/matter-rules'
import { matterView } from '../../../../../../electron/core/services/sections/matters'
import { matter, step } from './fixtures'
import { meetingHandlers } from '../../../../../../electron/core/services/sections/meetings'
import { createMemoryStore } from '../../../../../../electron/core/store/memory-store'
import { publicCtx, put } from '../fixtures'

const counts = (due: number, present: number, votesFor: number) => ({
  due,
  present,
  votesFor,
  votesAgainst: 0,
  abstain: 0,
})

describe('党员大会 (step ③) rules', () => {
  it('passes with exactly two thirds present and fails one short of it', () => {
    expect(partyMeetingChecks(counts(9, 6, 6))).toEqual([])
    expect(partyMeetingChecks(counts(9, 5, 5))).toEqual([
      '党员大会到会不足三分之二（应到9人，实到5人）',
    ])
  })

  it('needs more than half of those due in favour: exactly half fails, one more passes', () => {
    expect(partyMeetingChecks(counts(10, 10, 5))).toEqual([
      '党员大会审议未获应到党员过半数同意（应到10人，同意5人）',
    ])
    expect(partyMeetingChecks(counts(10, 10, 6))).toEqual([])
  })

  it('says when no attendance was recorded at all', () => {
    expect(partyMeetingChecks(counts(0, 0, 0))).toEqual(['党员大会没有记录应到人数'])
  })
})

describe('村民代表会议 (step ④) rules', () => {
  it('needs two thirds of the representatives present (组织法 §26)', () => {
    expect(representativesChecks(counts(45, 30, 30))).toEqual([])
    expect(representativesChecks(counts(45, 29, 29))).toEqual([
      '村民代表会议到会不足三分之二（应到45人，实到29人）',
    ])
  })

  it('needs more than half of those present: exactly half fails', () => {
    expect(representativesChecks(counts(40, 40, 20))).toEqual([
      '决议未获到会人员过半数同意（到会40人，同意20人）',
    ])
    expect(representativesChecks(counts(40, 40, 21))).toEqual([])
  })

  it('flags counts that cannot be true', () => {
    expect(representativesChecks({ ...counts(40, 41, 30) })).toContain(
      '村民代表会议实到人数多于应到人数',
    )
    expect(
      representativesChecks({ due: 40, present: 30, votesFor: 20, votesAgainst: 8, abstain: 5 }),
    ).toEqual(['村民代表会议表决票数多于实到人数'])
  })
})

describe('matterRuleChecks: order and dates', () => {
  const good = [
    step(0, '2026-03-01'),
    step(1, '2026-03-08'),
    step(2, '2026-03-15', counts(60, 50, 45)),
    step(3, '2026-03-22', counts(40, 35, 30)),
  ]

  it('finds nothing wrong in a matter that follows every rule', () => {
    expect([...matterRuleChecks(good).values()].flat()).toEqual([])
  })

  it('names a skipped step on the step that came too early', () => {
    const checks = matterRuleChecks([good[0]!, good[2]!, good[3]!])
    expect(checks.get(2)).toEqual(['还没有“两委会商议”就进行了“党员大会审议”'])
    expect(checks.get(3)).toBeUndefined()
  })

  it('names a step dated before the one before it, whatever order it was stored in', () => {
    const late = step(1, '2026-02-27')
    const checks = matterRuleChecks([good[3]!, good[2]!, late, good[0]!])
    expect(checks.get(1)).toEqual([
      '“两委会商议”的日期（2026-02-27）早于上一步“党支部会提议”（2026-03-01）',
    ])
  })

  it('allows two steps on the same day', () => {
    const sameDay = [step(0, '2026-03-01'), step(1, '2026-03-01')]
    expect(matterRuleChecks(sameDay).size).toBe(0)
  })

  it('flags every step after a vote that did not pass: no 决议公开 of a decision never taken', () => {
    const failed = step(3, '2026-03-22', { ...counts(40, 35, 12), votesAgainst: 23 })
    const checks = matterRuleChecks([
      ...good.slice(0, 3),
      failed,
      step(4, '2026-03-23'),
      step(5, '2026-04-20'),
    ])
    expect(checks.get(3)).toEqual(['决议未获到会人员过半数同意（到会35人，同意12人）'])
    expect(checks.get(4)).toEqual(['“决议公开”所依据的“村民代表会议决议”没有依法通过'])
    expect(checks.get(5)).toEqual(['“实施结果公开”所依据的“村民代表会议决议”没有依法通过'])
    // A 党员大会 that failed: the representatives' vote after it stands on nothing either.
    const party = step(2, '2026-03-15', counts(60, 30, 25))
    expect(matterRuleChecks([...good.slice(0, 2), party, good[3]!]).get(3)).toEqual([
      '“村民代表会议决议”所依据的“党员大会审议”没有依法通过',
    ])
  })

  it('names a step recorded twice', () => {
    expect(matterRuleChecks([good[0]!, good[0]!]).get(0)).toEqual(['“党支部会提议”记录了不止一次'])
  })
})

describe('matterView', () => {
  it('always lists six steps, marks the reached ones and gathers every check in step order', () => {
    const v = matterView(
      matter([
        step(0, '2026-03-01'),
        step(1, '2026-03-08'),
        step(2, '2026-03-15', counts(70, 42, 41)),
        step(3, '2026-03-22', counts(44, 40, 20)),
      ]),
      [],
    )
    expect(v.steps.map((s) => s.done)).toEqual([true, true, true, true, false, false])
    expect(v.reached).toBe(3)
    expect(v.reachedName).toBe('村民代表会议决议')
    expect(v.steps[2]!.votesFor).toBe(41)
    expect(v.ruleChecks).toEqual([
      '党员大会到会不足三分之二（应到70人，实到42人）',
      '“村民代表会议决议”所依据的“党员大会审议”没有依法通过',
      '决议未获到会人员过半数同意（到会40人，同意20人）',
    ])
    expect(v.steps[5]).toMatchObject({ done: false, date: '', due: 0, checks: [] })
    expect(v.voteFailed).toEqual({ index: 2, name: '党员大会审议' })
  })

  it('names each project already building on a matter whose vote failed, after the step checks', () => {
    const m = matter([
      step(0, '2026-03-01'),
      step(1, '2026-03-08'),
      step(2, '2026-03-15', counts(70, 60, 50)),
      step(3, '2026-03-22', counts(44, 40, 20)),
    ])
    const v = matterView(m, [
      { id: 'p1', name: '修路', stage: '立项' },
      { id: 'p2', name: '路灯', stage: '结算' },
    ])
    expect(v.ruleChecks).toEqual([
      '决议未获到会人员过半数同意（到会40人，同意20人）',
      '项目“路灯”已到“结算”阶段，但本事项“村民代表会议决议”没有依法通过：' +
        '决议未获到会人员过半数同意（到会40人，同意20人）',
    ])
    expect(v.voteFailed).toEqual({ index: 3, name: '村民代表会议决议' })
  })
})

describe('a vote that did not pass is 未通过, not a rule break', () => {
  const held = (reps: ReturnType<typeof counts>, party = counts(70, 60, 50)) =>
    matterView(
      matter([
        step(0, '2026-03-01'),
        step(1, '2026-03-08'),
        step(2, '2026-03-15', party),
        step(3, '2026-03-22', reps),
      ]),
      [],
    ).steps

  it('a 村民代表会议 with its quorum and without its majority: not passed, nothing broken', () => {
    const steps = held(counts(44, 40, 20))
    expect(steps[3]).toMatchObject({
      notPassed: true,
      broken: false,
      checks: ['决议未获到会人员过半数同意（到会40人，同意20人）'],
    })
    expect(steps.filter((s) => s.broken)).toEqual([])
    expect(steps.filter((s) => s.notPassed).map((s) => s.index)).toEqual([3])
  })

  it('a vote that passed, a step without a vote and one never held are neither', () => {
    const steps = held(counts(44, 40, 21))
    expect(steps.map((s) => [s.notPassed, s.broken])).toEqual(steps.map(() => [false, false]))
  })

  it('without its quorum the same vote both did not pass and broke a rule', () => {
    expect(held(counts(44, 20, 5))[3]).toMatchObject({ notPassed: true, broken: true })
  })

  it('a failed 党员大会: it is not passed; the representatives voting after it break the rules', () => {
    const steps = held(counts(44, 40, 30), counts(70, 60, 30))
    expect(steps[2]).toMatchObject({ notPassed: true, broken: false })
    expect(steps[3]).toMatchObject({ notPassed: false, broken: true })
    expect(steps[3]!.checks).toEqual(['“村民代表会议决议”所依据的“党员大会审议”没有依法通过'])
  })

  it('numbers never typed in (应到 0) are a missing record, a break, not a vote that failed', () => {
    expect(held(counts(0, 0, 0))[3]).toMatchObject({
      notPassed: false,
      broken: true,
      checks: ['村民代表会议没有记录应到人数'],
    })
  })
})

describe('meeting records', () => {
  it('a 党员大会 or 村民代表会议 below two thirds is flagged; other kinds have no quorum here', () => {
    expect(meetingRuleChecks({ kind: '村民代表会议', due: 40, present: 12 })).toEqual([
      '村民代表会议到会不足三分之二（应到40人，实到12人）',
    ])
    expect(meetingRuleChecks({ kind: '党员大会', due: 70, present: 47 })).toEqual([])
    expect(meetingRuleChecks({ kind: '党员大会', due: 70, present: 46 })).toEqual([
      '党员大会到会不足三分之二（应到70人，实到46人）',
    ])
    expect(meetingRuleChecks({ kind: '村民代表会议', due: 0, present: 12 })).toEqual([
      '村民代表会议没有记录应到人数',
    ])
    expect(meetingRuleChecks({ kind: '党员固定学习日', due: 70, present: 10 })).toEqual([])
    expect(meetingRuleChecks({ kind: '村民议事会', due: 9, present: 3 })).toEqual([])
  })

  it('the public meeting page carries the same checks', async () => {
    const store = createMemoryStore(() => new Date('2026-11-25T01:30:00Z'))
    await put(store, 'meetings', [
      {
        id: 'm1',
        kind: '村民代表会议',
        date: '2026-11-01',
        topic: '审议修路',
        place: '村部',
        due: 40,
        present: 12,
        minutes: '',
        status: 'published',
        version: 1,
        createdAt: '2026-11-01T01:00:00Z',
        createdBy: { id: 'c', name: '李秀英' },
        publishedAt: '2026-11-02T01:00:00Z',
        publishedBy: { id: 's', name: '陈立平' },
        updatedAt: '2026-11-02T01:00:00Z',
      },
    ])
    const v = await meetingHandlers['meetings.get']({ id: 'm1' }, publicCtx(store))
    expect(v.ruleChecks).toEqual(['村民代表会议到会不足三分之二（应到40人，实到12人）'])
  })
})
