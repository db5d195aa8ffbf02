/**
 * Whether a 四议两公开 matter is a lawful basis for works: its ③ 党员大会 and ④ 村民代表会议
 * both held and both passed, by the rules the public tracker marks (matter-rules.ts). Core
 * refuses a project at 施工 or later on any other matter; screens say when a vote failed.
 */
import { STAGES, STEP_NAMES } from './enums'
import { partyMeetingChecks, representativesChecks } from './matter-rules'
import type { MatterStep } from './schemas/matters'

const PARTY = 2
const REPRESENTATIVES = 3

/** The checks of one vote (③ or ④); empty when it passed. */
function voteChecks(s: MatterStep): string[] {
  return s.index === PARTY ? partyMeetingChecks(s) : representativesChecks(s)
}

/**
 * A ③ or ④ vote on record that did not pass, and why; with `counted`, only among votes whose
 * numbers were recorded (应到 0 is the form's default: numbers never typed in, not a failed vote).
 */
function firstFailure(steps: readonly MatterStep[], counted = false) {
  const votes = steps
    .filter((s) => s.index === PARTY || s.index === REPRESENTATIVES)
    .filter((s) => !counted || s.due > 0)
    .sort((a, b) => a.index - b.index)
  for (const s of votes) {
    const why = voteChecks(s)
    if (why.length) return { index: s.index, name: STEP_NAMES[s.index]!, why: why[0]! }
  }
  return undefined
}

/**
 * The first of ③ and ④ whose vote did not pass (as the tracker marks it); undefined if none. A
 * step without its numbers is not called failed here (the tracker says what is missing; works
 * still cannot rest on it, decisionProblem).
 */
export function failedVote(
  steps: readonly MatterStep[],
): { index: number; name: string } | undefined {
  const f = firstFailure(steps, true)
  return f && { index: f.index, name: f.name }
}

/** Why a matter is no lawful basis for works, in plain words; null when ③ and ④ both passed. */
export function decisionProblem(steps: readonly MatterStep[]): string | null {
  const f = firstFailure(steps)
  if (f) return `“${f.name}”没有依法通过：${f.why}`
  const has = (i: number) => steps.some((s) => s.index === i)
  if (!has(REPRESENTATIVES)) return `还没有“${STEP_NAMES[REPRESENTATIVES]}”`
  if (!has(PARTY)) return `没有经过“${STEP_NAMES[PARTY]}”就进行了“${STEP_NAMES[REPRESENTATIVES]}”`
  return null
}

/** Whether a project's stage means works have begun (施工, 验收, 结算). */
export function worksUnderWay(stage: (typeof STAGES)[number]): boolean {
  return STAGES.indexOf(stage) >= STAGES.indexOf('施工')
}
