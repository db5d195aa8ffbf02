/**
 * A villager's question arrives: checked, rate-limited per kiosk, masked, then journaled. A
 * refusal stores nothing, so a spammer or a slip of the finger leaves no trace in the records.
 */
import { randomInt, randomUUID } from 'node:crypto'
import type { ParsedInput, SubmitReceipt } from '../../../../contract'
import { ApiFailure } from '../../api/failure'
import type { Ctx } from '../../api/handlers'
import type { Store } from '../../store/types'
import { settingsOf } from '../records/settings-read'
import { villageToday } from '../sections/days'
import { resolveAbout } from './about'
import { dueDay } from './deadline'
import { screenOf } from '../../api/screen'
import { hideAskerName } from './asker-in-answer'
import { maskQuestionText } from './loose-numbers'
import type { QuestionRecord } from './types'

/** At most this many questions per kiosk window in the period below (spam, stuck fingers). */
export const RATE_LIMIT = { max: 5, windowMs: 10 * 60_000 } as const
export const RATE_LIMITED_MESSAGE = '提问太频繁，请10分钟后再试'

/** Refuses when this caller's screen already sent RATE_LIMIT.max questions within the window. */
export function checkRate(store: Store, caller: string, now: Date): void {
  const screen = screenOf(caller)
  const since = now.getTime() - RATE_LIMIT.windowMs
  // Questions stamped after now (the clock ran ahead, then was put right) are not recent: they
  // would hold this window back until that day.
  const recent = store.all('questions').filter((q) => {
    const at = Date.parse(q.submittedAt)
    return q.source === screen && at > since && at <= now.getTime()
  }).length
  if (recent >= RATE_LIMIT.max) throw new ApiFailure('RATE_LIMITED', RATE_LIMITED_MESSAGE)
}

/** A fresh 8-digit receipt no other question holds (9 × 10⁷ numbers: hard to guess, easy to type). */
export function newReceipt(
  store: Store,
  draw: () => number = () => randomInt(10_000_000, 100_000_000),
): string {
  const taken = new Set(store.all('questions').map((q) => q.receipt))
  for (;;) {
    const r = String(draw())
    if (!taken.has(r)) return r
  }
}

/** Handler for questions.submit. */
export async function submitQuestion(
  input: ParsedInput<'questions.submit'>,
  { store, now, caller }: Ctx,
): Promise<SubmitReceipt> {
  const at = now()
  checkRate(store, caller, at)
  const about = input.about ? resolveAbout(store, input.about, villageToday(at)) : undefined
  const numbers = maskQuestionText(input.text)
  const named = hideAskerName(numbers.text, input.name ?? '')
  const masked = {
    text: named.text,
    kinds: named.hidden ? [...numbers.kinds, 'name' as const] : numbers.kinds,
  }
  const submittedAt = at.toISOString()
  const q: QuestionRecord = {
    id: randomUUID(),
    receipt: newReceipt(store),
    type: input.type,
    text: masked.text,
    masked: masked.kinds.length > 0,
    ...(about ? { about } : {}),
    name: input.name,
    phone: input.phone,
    source: screenOf(caller),
    submittedAt,
    dueAt: dueDay(submittedAt, settingsOf(store).questionDueDays),
  }
  await store.commit({
    actor: null,
    action: 'questions.submit',
    entity: 'questions',
    id: q.id,
    puts: [{ coll: 'questions', id: q.id, value: q }],
    // Questions sent at once from one window all passed the check above before any was saved.
    recheck: () => {
      checkRate(store, caller, at)
      if (store.all('questions').some((o) => o.receipt === q.receipt))
        throw new ApiFailure('CONFLICT', '刚才同时提交的问题太多，请再点一次提交')
    },
  })
  return { receipt: q.receipt, dueAt: q.dueAt, maskedKinds: masked.kinds }
}
