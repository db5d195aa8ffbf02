/**
 * 四议两公开 and meeting rule checks in plain words: a villager sees when a step broke the rules,
 * and the 监委 sees it before signing. Shared by core and the admin screens.
 */
import { STEP_NAMES, type MEETING_KINDS } from './enums'
import type { MatterStep } from './schemas/matters'

type Counts = Pick<MatterStep, 'due' | 'present' | 'votesFor' | 'votesAgainst' | 'abstain'>

const PARTY = 2
const REPRESENTATIVES = 3

/** Counts that cannot be true whatever the meeting: more present than due, more votes than present. */
function countChecks(name: string, s: Counts): string[] {
  const out: string[] = []
  if (s.present > s.due && s.due > 0) out.push(`${name}实到人数多于应到人数`)
  if (s.votesFor + s.votesAgainst + s.abstain > s.present && s.present > 0)
    out.push(`${name}表决票数多于实到人数`)
  return out
}

/** ③ without more than half of the members due in favour, in words; null when it has them. */
function partyMajorityFailed(s: Counts): string | null {
  return s.votesFor * 2 <= s.due
    ? `党员大会审议未获应到党员过半数同意（应到${s.due}人，同意${s.votesFor}人）`
    : null
}

/** ④ without more than half of those present in favour, in words; null when it has them. */
function representativesMajorityFailed(s: Counts): string | null {
  return s.votesFor * 2 <= s.present
    ? `决议未获到会人员过半数同意（到会${s.present}人，同意${s.votesFor}人）`
    : null
}

/**
 * A ③ or ④ vote held with its numbers on record that did not get its majority, in the words
 * its checks use; null for any other step, a vote that passed, or one without its numbers. Not
 * passing is an outcome, not a rule break: the tracker says 未通过; only what was done after it
 * (and a meeting without its quorum) breaks the rules.
 */
export function voteNotPassed(s: MatterStep): string | null {
  if (s.due === 0) return null
  if (s.index === PARTY) return partyMajorityFailed(s)
  if (s.index === REPRESENTATIVES) return representativesMajorityFailed(s)
  return null
}

/** ③ 党员大会: two thirds of the members present, more than half of those due in favour. */
export function partyMeetingChecks(s: Counts): string[] {
  if (s.due === 0) return ['党员大会没有记录应到人数']
  const out: string[] = []
  if (s.present * 3 < s.due * 2)
    out.push(`党员大会到会不足三分之二（应到${s.due}人，实到${s.present}人）`)
  const majority = partyMajorityFailed(s)
  if (majority) out.push(majority)
  return [...out, ...countChecks('党员大会', s)]
}

/**
 * ④ 村民代表会议: two thirds of the representatives present (村民委员会组织法 §26), and more
 * than half of those present in favour.
 */
export function representativesChecks(s: Counts): string[] {
  if (s.due === 0) return ['村民代表会议没有记录应到人数']
  const out: string[] = []
  if (s.present * 3 < s.due * 2)
    out.push(`村民代表会议到会不足三分之二（应到${s.due}人，实到${s.present}人）`)
  const majority = representativesMajorityFailed(s)
  if (majority) out.push(majority)
  return [...out, ...countChecks('村民代表会议', s)]
}

/** Every rule break, per step index (0–5), in the order a villager reads the tracker. */
export function matterRuleChecks(steps: readonly MatterStep[]): Map<number, string[]> {
  const out = new Map<number, string[]>()
  const add = (index: number, words: string[]) => {
    if (words.length) out.set(index, [...(out.get(index) ?? []), ...words])
  }
  const sorted = [...steps].sort((a, b) => a.index - b.index)
  const seen = new Set<number>()
  let prev: MatterStep | undefined
  // A vote that did not pass (③ or ④): every later step stands on a decision never taken.
  let failed: { index: number; name: string } | undefined
  for (const s of sorted) {
    const name = STEP_NAMES[s.index] ?? `第${s.index + 1}步`
    if (failed && s.index > failed.index)
      add(s.index, [`“${name}”所依据的“${failed.name}”没有依法通过`])
    if (seen.has(s.index)) add(s.index, [`“${name}”记录了不止一次`])
    seen.add(s.index)
    const skipped = STEP_NAMES.slice(prev ? prev.index + 1 : 0, s.index)
    if (skipped.length) add(s.index, [`还没有“${skipped.join('”“')}”就进行了“${name}”`])
    if (prev && prev.index !== s.index && s.date < prev.date) {
      const prevName = STEP_NAMES[prev.index] ?? ''
      add(s.index, [`“${name}”的日期（${s.date}）早于上一步“${prevName}”（${prev.date}）`])
    }
    const vote =
      s.index === PARTY
        ? partyMeetingChecks(s)
        : s.index === REPRESENTATIVES
          ? representativesChecks(s)
          : null
    if (vote) {
      add(s.index, vote)
      if (vote.length && !failed) failed = { index: s.index, name }
    } else if (s.due > 0) add(s.index, countChecks(name, s))
    prev = s
  }
  return out
}

/**
 * A meeting record's attendance: a 党员大会 or 村民代表会议 needs two thirds of those due, as
 * steps ③ and ④ do; study days and 村民议事会 have no quorum here.
 */
export function meetingRuleChecks(m: {
  kind: (typeof MEETING_KINDS)[number]
  due: number
  present: number
}): string[] {
  if (m.kind !== '党员大会' && m.kind !== '村民代表会议') return []
  if (m.due === 0) return [`${m.kind}没有记录应到人数`]
  const out: string[] = []
  if (m.present * 3 < m.due * 2)
    out.push(`${m.kind}到会不足三分之二（应到${m.due}人，实到${m.present}人）`)
  if (m.present > m.due) out.push(`${m.kind}实到人数多于应到人数`)
  return out
}
