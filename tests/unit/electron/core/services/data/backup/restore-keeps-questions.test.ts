/**
 * A villager's question is not the cadres' data to roll back: it was shown on the board the
 * moment it was sent and the asker holds its receipt. Restoring a backup taken before it (or
 * before its answer) must not make it vanish from the board and the receipt stop working.
 */
import { describe, expect, it } from 'vitest'
import type { PersonRef } from '../../../../../../../contract'
import { createApi } from '../../../../../../../electron/core/api/create-api'
import type { Handlers } from '../../../../../../../electron/core/api/handlers'
import { SessionTable } from '../../../../../../../electron/core/api/sessions'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { attachmentHandlers } from '../../../../../../../electron/core/services/attachments'
import { questionHandlers } from '../../../../../../../electron/core/services/questions'
import { jpeg } from '../../attachments/samples'
import { eachDemoFolder } from './each-folder'
import { NOW } from './folder'

const ADMIN: PersonRef = { id: 'u-admin', name: '王建国' }
const CLERK: PersonRef = { id: 'u-clerk', name: '吴春燕' }
const t = eachDemoFolder(ADMIN)

describe('a restore keeps the villagers’ questions', () => {
  it('asked or answered after the backup, they stay on the board and open by receipt', async () => {
    // A real village (the demo's questions are never carried into one).
    const store = t.f.store()
    const profile = store.get('village', 'profile')!
    await store.commit({
      actor: ADMIN,
      action: 'village.save',
      entity: 'village',
      id: 'profile',
      puts: [{ coll: 'village', id: 'profile', value: { ...profile, isDemo: false } }],
    })
    const older = await t.backup()

    const clock = () => new Date(NOW.getTime() + 30_000)
    const sessions = new SessionTable(clock, 86_400_000, 86_400_000)
    sessions.start('clerk', CLERK, 'clerk')
    const call = async (method: string, input: unknown, caller = 'kiosk') => {
      const api = createApi({
        handlers: {
          ...questionHandlers,
          ...attachmentHandlers({ dir: t.f.dataDir }),
        } as unknown as Handlers,
        store: t.f.store(),
        sessions,
        now: clock,
      })
      const r = await api(method as never, input as never, caller)
      if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
      return r.data as never
    }
    const before = t.f.store().all('questions')
    const answerable = before.find((q) => !q.answer && !q.withheld)!
    const photo: { name: string } = await call(
      'attachments.add',
      {
        data: jpeg().toString('base64'),
        fileName: '路灯.jpg',
        thumb: jpeg(8, 6).toString('base64'),
      },
      'clerk',
    )
    const answer = { id: answerable.id, text: '已安排，下周处理。', attachments: [photo.name] }
    await call('questions.answer', answer, 'clerk')
    const { receipt }: { receipt: string } = await call('questions.submit', {
      type: '质询',
      text: '村部门口的路灯为什么不亮？',
      name: '',
      phone: '',
    })

    await t.restore(older.path)

    const after = t.f.store()
    expect(after.all('restores')).toHaveLength(1)
    const asked = after.all('questions').find((q) => q.receipt === receipt)
    expect(asked?.text).toBe('村部门口的路灯为什么不亮？')
    expect(after.get('questions', answerable.id)?.answer?.text).toBe('已安排，下周处理。')
    expect(after.all('questions')).toHaveLength(before.length + 1)
    // The answer's photo: its record and its file (and preview) are back too.
    expect(after.get('attachments', photo.name)).toBeDefined()
    expect(existsSync(join(t.f.dataDir, 'attachments', photo.name))).toBe(true)
    expect(
      existsSync(join(t.f.dataDir, 'attachments', 'thumbs', `${photo.name.slice(0, 64)}.jpg`)),
    ).toBe(true)
  })

  it('the demo village’s questions are not carried into a real village restored over it', async () => {
    const older = await t.backup()
    const demoQuestions = t.f.store().all('questions').length
    expect(demoQuestions).toBeGreaterThan(0)
    await t.restore(older.path)
    // Same demo data both sides: nothing doubled, nothing new.
    expect(t.f.store().all('questions')).toHaveLength(demoQuestions)
  })
})
