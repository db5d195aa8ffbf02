/**
 * Two villagers may hold the same receipt number: one asked at the old PC (in its backup), one at
 * a replacement PC set up again as the same village (drawn there without knowing the other). A
 * restore keeps both questions, and each asker's paper receipt is theirs. A receipt must never
 * open another villager's question (a withheld one included) or rate another's answer: the
 * shared number opens neither and says, in plain words, to ask the 监委 at the office.
 */
import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import type { PersonRef } from '../../../../../../../contract'
import { createApi } from '../../../../../../../electron/core/api/create-api'
import type { Handlers } from '../../../../../../../electron/core/api/handlers'
import { SessionTable } from '../../../../../../../electron/core/api/sessions'
import { questionHandlers } from '../../../../../../../electron/core/services/questions'
import type { QuestionRecord } from '../../../../../../../electron/core/services/questions/types'
import { eachDemoFolder } from './each-folder'
import { NOW } from './folder'

const ADMIN: PersonRef = { id: 'u-admin', name: '王建国' }
const t = eachDemoFolder(ADMIN)

it('a receipt held by two questions after a restore opens neither and rates neither', async () => {
  const first = t.f.store()
  const profile = { ...first.get('village', 'profile')!, isDemo: false }
  await first.commit({
    actor: ADMIN,
    action: 'village.save',
    entity: 'village',
    id: 'profile',
    puts: [{ coll: 'village', id: 'profile', value: profile }],
  })
  // The old PC's question: answered, not yet rated, its receipt on a villager's paper.
  const theirs = first.all('questions').find((q) => q.answer && !q.withheld && !q.feedback)!
  const other = first.all('questions').find((q) => q.id !== theirs.id && !q.withheld)!
  const older = await t.backup()
  const admins = first.all('users').filter((u) => u.role === 'admin' && u.active)

  // The replacement PC, set up again as the same village, draws the same number for another.
  await t.f.hooks.swapStore(async () => {
    for (const n of await readdir(t.f.dataDir)) {
      if (n !== 'attachments') await rm(join(t.f.dataDir, n), { recursive: true, force: true })
    }
  })
  const fresh = t.f.store()
  await fresh.commit({
    actor: ADMIN,
    action: 'setup',
    entity: 'village',
    id: 'profile',
    puts: [
      { coll: 'village', id: 'profile', value: { ...profile, updatedAt: NOW.toISOString() } },
      ...admins.map((u) => ({ coll: 'users' as const, id: u.id, value: u })),
    ],
  })
  const ours: QuestionRecord = {
    ...theirs,
    id: 'q-new-pc',
    text: '新电脑上问的：村口的桥什么时候修？',
    submittedAt: new Date(NOW.getTime() + 1_000).toISOString(),
  }
  delete ours.answer
  delete ours.feedback
  await fresh.commit({
    actor: null,
    action: 'questions.submit',
    entity: 'questions',
    id: ours.id,
    puts: [{ coll: 'questions', id: ours.id, value: ours }],
  })

  await t.restore(older.path)
  const restored = t.f.store()
  // Both villagers' questions are kept.
  expect(restored.get('questions', ours.id)?.text).toBe(ours.text)
  expect(restored.get('questions', theirs.id)?.text).toBe(theirs.text)

  const clock = () => new Date(NOW.getTime() + 120_000)
  const sessions = new SessionTable(clock, 86_400_000, 86_400_000)
  const call = (method: string, input: unknown) =>
    createApi({
      handlers: questionHandlers as unknown as Handlers,
      store: restored,
      sessions,
      now: clock,
    })(method as never, input as never, 'wc:1/0')

  for (let i = 0; i < 8; i++) {
    const looked = await call('questions.byReceipt', { receipt: theirs.receipt })
    expect(looked.ok).toBe(false)
    if (looked.ok) return
    expect(looked.error.code).toBe('CONFLICT')
    expect(looked.error.message).toContain('两个问题')
    expect(looked.error.message).toContain('村务监督委员会')
  }
  const rated = await call('questions.feedback', { receipt: theirs.receipt, value: '满意' })
  expect(rated.ok).toBe(false)
  expect(restored.get('questions', theirs.id)?.feedback).toBeUndefined()
  expect(restored.get('questions', ours.id)?.feedback).toBeUndefined()

  // A receipt that is really one villager's: not counted as a wrong guess, and still opens theirs.
  const wait = await call('questions.receiptWait', {})
  expect(wait.ok && wait.data).toEqual({ seconds: 0 })
  const own = await call('questions.byReceipt', { receipt: other.receipt })
  expect(own.ok && (own.data as { text: string }).text).toBe(other.text)

  // The 监委 the askers are sent to see which two questions share the number, and only those.
  sessions.start('wc:1/0', { id: 'u-sup', name: '张德明' }, 'supervisor')
  const inbox = await call('questions.inbox', {})
  if (!inbox.ok) throw new Error(inbox.error.message)
  const shared = (inbox.data as Array<{ id: string; receiptShared?: true }>)
    .filter((q) => q.receiptShared)
    .map((q) => q.id)
  expect(shared.sort()).toEqual([ours.id, theirs.id].sort())
})
