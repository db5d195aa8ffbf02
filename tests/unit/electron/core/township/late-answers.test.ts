/**
 * 村民的提问有没有按期答复: a question answered after its due day is 已答复 (late) on the kiosk's
 * board; the township must not see it vanish the moment it is answered, however late.
 */
import { cp } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { InboxQuestion, QuestionBoard } from '../../../../../contract'
import { townshipOverview } from '../../../../../electron/core/township/console'
import { signingVillage, type SigningVillage } from './village'

let v: SigningVillage | null = null
afterEach(async () => {
  await v?.close()
  v = null
})

async function must(method: string, input: unknown, caller: string): Promise<unknown> {
  const r = await v!.core.invoke(method, input, caller)
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
  return r.data
}

async function ask(text: string): Promise<string> {
  await must('questions.submit', { type: '质询', text, name: '', phone: '' }, 'villager')
  const inbox = (await must('questions.inbox', {}, 'clerk')) as InboxQuestion[]
  return inbox.find((q) => q.text === text)!.id
}

describe('questions answered late, on the township console', () => {
  it('are counted for the year, as the kiosk marks them, after the late answer clears 逾期未答复', async () => {
    v = await signingVillage()
    await must('auth.login', { name: '杨雪梅', password: '111111' }, 'clerk')
    const late = await ask('村部新修的厕所花了多少钱？')
    const onTime = await ask('今年的低保名单什么时候公示？')
    await must('questions.answer', { id: onTime, text: '十二月初在公示栏公示七天。' }, 'clerk')
    const inbox = join(v.root, 'inbox')
    const state = join(v.root, 'state')
    const look = async (at: string) => {
      await cp(v!.outbox, join(inbox, 'v'), { recursive: true })
      return (await townshipOverview(inbox, state, new Date(at))).villages[0]!
    }
    // Past its due day and still open: the township sees it overdue (with the demo's own).
    v.setNow('2026-12-20T02:00:00.000Z')
    const open = (await look('2026-12-20T03:00:00.000Z')).questionsOverdue
    // Answered at last: no longer open, but late, as the kiosk's own board says.
    await must('auth.login', { name: '杨雪梅', password: '111111' }, 'clerk')
    await must(
      'questions.answer',
      { id: late, text: '共花了四万二千元，见十二月公开表。' },
      'clerk',
    )
    const board = (await must('questions.public', {}, 'anyone')) as QuestionBoard
    expect(board.questions.find((q) => q.id === late)).toMatchObject({ answeredLate: true })
    expect(board.questions.find((q) => q.id === onTime)).toMatchObject({ answeredLate: false })
    const row = await look('2026-12-21T03:00:00.000Z')
    expect(row).toMatchObject({ ok: true, questionsOverdue: open - 1, answeredLate: 1 })
    // A new year starts the count again.
    expect(await look('2027-01-02T03:00:00.000Z')).toMatchObject({ answeredLate: 0 })
  })
})
