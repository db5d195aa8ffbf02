/** A matter whose 村民代表会议 vote failed, so the tracker shows 决议未过半数 on real content. */
import type { Matter, MatterStep } from '../../../contract'
import { addDays } from './dates'
import type { Cast } from './members'
import { publishedOn } from './published'
import type { Rng } from './rng'

const CONTENT = [
  '党总支委员会研究，提议将村民小组长误工补贴由每月300元调整为每月500元。',
  '村两委联席会议商议，形成调整方案，资金从村集体经营收入中列支。',
  '党员大会审议方案，同意提交村民代表会议表决。',
  '村民代表会议表决：同意票未超过到会代表的一半，方案未通过，暂缓实施。',
]

/**
 * 关于调整村民小组长误工补贴标准的事项: steps ①–④ on record; ③ meets every rule, ④ had a
 * quorum but only `present / 2` (rounded down) in favour, which is not more than half.
 */
export function demoFailedVote(
  rng: Rng,
  cast: Cast,
  end: string,
  partyMembers: number,
  representatives: number,
): Matter {
  const day = (n: number) => addDays(end, -60 + n)
  const counts = (
    due: number,
    present: number,
    votesFor: number,
  ): Omit<MatterStep, 'index' | 'date' | 'content' | 'signatures'> => ({
    due,
    present,
    votesFor,
    votesAgainst: present - votesFor - 1,
    abstain: 1,
  })
  const partyPresent = partyMembers - 5
  const repsPresent = representatives - 3
  const steps: MatterStep[] = [
    {
      index: 0,
      date: day(0),
      ...counts(5, 5, 5),
      votesAgainst: 0,
      abstain: 0,
      content: CONTENT[0]!,
      signatures: [],
    },
    { index: 1, date: day(7), ...counts(7, 7, 6), content: CONTENT[1]!, signatures: [] },
    {
      index: 2,
      date: day(14),
      ...counts(partyMembers, partyPresent, partyPresent - 4),
      content: CONTENT[2]!,
      signatures: [],
    },
    {
      index: 3,
      date: day(21),
      ...counts(representatives, repsPresent, Math.floor(repsPresent / 2)),
      content: CONTENT[3]!,
      signatures: [],
    },
  ]
  return {
    id: rng.uuid(),
    title: '关于调整村民小组长误工补贴标准的事项',
    summary: '拟将村民小组长误工补贴由每月300元调整为每月500元。村民代表会议未通过，暂缓实施。',
    steps,
    ...publishedOn(rng, cast, day(22), day(22)),
  }
}
