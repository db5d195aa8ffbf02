/**
 * A replacement PC set up again as the same village (same name and 镇) is let restore the
 * village's backup (restore.ts: same village, so not "another village"). Its journal starts
 * with its own setup, so its first entry differs from the backup's; the villagers' questions
 * asked at this kiosk meanwhile are still this village's and must not vanish with the restore.
 */
import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import type { PersonRef } from '../../../../../../../contract'
import type { QuestionRecord } from '../../../../../../../electron/core/services/questions/types'
import { eachDemoFolder } from './each-folder'
import { NOW } from './folder'

const ADMIN: PersonRef = { id: 'u-admin', name: '王建国' }
const t = eachDemoFolder(ADMIN)

it('a question asked on a replacement PC of the same village survives restoring its backup', async () => {
  const first = t.f.store()
  const profile = { ...first.get('village', 'profile')!, isDemo: false }
  await first.commit({
    actor: ADMIN,
    action: 'village.save',
    entity: 'village',
    id: 'profile',
    puts: [{ coll: 'village', id: 'profile', value: profile }],
  })
  const older = await t.backup()
  const admins = first.all('users').filter((u) => u.role === 'admin' && u.active)
  const template = first.all('questions')[0]!

  // The replacement PC: an empty folder, set up again as the same village.
  await t.f.hooks.swapStore(async () => {
    for (const n of await readdir(t.f.dataDir)) {
      if (n !== 'attachments') await rm(join(t.f.dataDir, n), { recursive: true, force: true })
    }
  })
  const fresh = t.f.store()
  expect(fresh.head().seq).toBe(0)
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
  const q: QuestionRecord = {
    ...template,
    id: 'q-new-pc',
    receipt: '20999999',
    text: '新电脑上问的：村口的桥什么时候修？',
    submittedAt: new Date(NOW.getTime() + 1_000).toISOString(),
  }
  delete q.answer
  delete q.withheld
  delete q.feedback
  await fresh.commit({
    actor: null,
    action: 'questions.submit',
    entity: 'questions',
    id: q.id,
    puts: [{ coll: 'questions', id: q.id, value: q }],
  })

  await t.restore(older.path)
  expect(t.f.store().get('questions', 'q-new-pc')?.text).toBe(q.text)
})
