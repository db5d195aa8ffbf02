/** 四议两公开 matters: the projects' approvals plus one whose 党员大会 lacked a quorum. */
import type { Matter, MatterStep } from '../../../contract'
import { addDays, stamp } from './dates'
import type { Cast } from './members'
import type { Approval } from './projects'
import type { Rng } from './rng'

interface Bodies {
  partyMembers: number
  representatives: number
}

/** Days from the 村民代表会议 (step 3) to each step. */
const STEP_OFFSETS = [-21, -14, -7, 0, 2]

function content(index: number, title: string, summary: string): string {
  return [
    `党总支委员会研究，提议${title}。`,
    `村两委联席会议商议，形成初步方案：${summary}`,
    '党员大会审议方案，同意提交村民代表会议表决。',
    `村民代表会议表决通过：${title}。`,
    '决议内容在村务公开栏和触摸屏公开7天，期间无异议。',
    '实施结果公开：已完工并通过验收，结算金额同步公开。',
  ][index]!
}

/** Attendance and votes that meet the rule: present ≥ minShare of due, few against. */
function attendance(rng: Rng, due: number, minShare: number) {
  const present = due - rng.int(0, Math.floor(due * (1 - minShare)))
  const votesAgainst = due > 10 ? rng.int(0, 2) : 0
  const abstain = due > 10 ? rng.int(0, 2) : 0
  return { due, present, votesFor: present - votesAgainst - abstain, votesAgainst, abstain }
}

function step(rng: Rng, index: number, date: string, a: Approval, bodies: Bodies): MatterStep {
  const dues = [5, 7, bodies.partyMembers, bodies.representatives]
  const due = dues[index]
  const votes =
    due === undefined
      ? { due: 0, present: 0, votesFor: 0, votesAgainst: 0, abstain: 0 }
      : attendance(rng, due, index < 2 ? 0.8 : 0.7)
  return {
    index,
    date,
    ...votes,
    content: content(index, a.projectName, a.summary),
    signatures: [],
  }
}

function matter(rng: Rng, cast: Cast, a: Approval, bodies: Bodies, title: string): Matter {
  const steps: MatterStep[] = []
  for (let i = 0; i <= a.reached; i++) {
    const date = i === 5 ? a.resultOn : addDays(a.decidedOn, STEP_OFFSETS[i]!)
    steps.push(step(rng, i, date, a, bodies))
  }
  const updatedAt = stamp(addDays(steps[steps.length - 1]!.date, 1), 9)
  return {
    id: a.matterId,
    title,
    summary: a.summary,
    steps,
    status: 'published',
    version: 1,
    createdAt: stamp(steps[0]!.date, 16),
    createdBy: cast.clerk,
    publishedAt: updatedAt,
    publishedBy: rng.pick(cast.supervisors),
    updatedAt,
  }
}

/** The approvals as matters, and a 鱼塘发包 matter whose 党员大会 had under two thirds present. */
export function demoMatters(rng: Rng, cast: Cast, approvals: Approval[], end: string): Matter[] {
  const bodies: Bodies = { partyMembers: rng.int(60, 80), representatives: rng.int(38, 50) }
  const out = approvals.map((a) => matter(rng, cast, a, bodies, `关于实施${a.projectName}的事项`))
  const pond: Approval = {
    matterId: rng.uuid(),
    projectName: '村集体鱼塘重新发包',
    summary: '村集体鱼塘承包合同到期，按公开竞价方式重新发包，租期五年，底价每亩每年800元。',
    decidedOn: addDays(end, -100),
    reached: 4,
    resultOn: addDays(end, -90),
  }
  const bad = matter(rng, cast, pond, bodies, '关于村集体鱼塘重新发包的事项')
  const meeting = bad.steps[2]!
  meeting.present = Math.floor(meeting.due * 0.6)
  meeting.votesAgainst = 1
  meeting.abstain = 0
  meeting.votesFor = meeting.present - 1
  out.push(bad)
  return out
}
