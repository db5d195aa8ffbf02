/**
 * A power cut after a restore's swap, before or while the answer photos it carries over are copied
 * back and the restore journaled: the next start finishes it exactly once, with every question
 * once, the photo whole, and the restore recorded once; also when the set-aside folder is gone.
 */
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { PersonRef } from '../../../../../../../contract'
import { createApi } from '../../../../../../../electron/core/api/create-api'
import type { Handlers } from '../../../../../../../electron/core/api/handlers'
import { SessionTable } from '../../../../../../../electron/core/api/sessions'
import { openCore } from '../../../../../../../electron/core/core'
import { attachmentHandlers } from '../../../../../../../electron/core/services/attachments'
import { MARKER } from '../../../../../../../electron/core/services/data/backup/restore-marker'
import { restoreBackup } from '../../../../../../../electron/core/services/data/backup/restore'
import { questionHandlers } from '../../../../../../../electron/core/services/questions'
import { jpeg } from '../../attachments/samples'
import { eachDemoFolder } from './each-folder'
import { NOW } from './folder'

const ADMIN: PersonRef = { id: 'u-admin', name: '王建国' }
const CLERK: PersonRef = { id: 'u-clerk', name: '吴春燕' }
const t = eachDemoFolder(ADMIN)

class PowerCut extends Error {}

/** A real village, a backup, then an answer with a photo and a new question; restore cut off. */
async function cutAfterSwap() {
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
  const before = t.f.store().all('questions').length
  const answerable = t.f
    .store()
    .all('questions')
    .find((q) => !q.answer && !q.withheld)!
  const photo: { name: string } = await call(
    'attachments.add',
    { data: jpeg().toString('base64'), fileName: '路灯.jpg', thumb: jpeg(8, 6).toString('base64') },
    'clerk',
  )
  await call(
    'questions.answer',
    { id: answerable.id, text: '已安排，下周处理。', attachments: [photo.name] },
    'clerk',
  )
  await call('questions.submit', { type: '质询', text: '路灯为什么不亮？', name: '', phone: '' })
  await t.f.store().flush()
  const bytes = await readFile(join(t.f.dataDir, 'attachments', photo.name))
  const work = restoreBackup({
    archivePath: older.path,
    now: new Date(NOW.getTime() + 60_000),
    actor: ADMIN,
    hooks: {
      ...t.f.hooks,
      async swapStore(move) {
        await t.f.store().close()
        await move()
        throw new PowerCut('the machine is off')
      },
    },
  })
  await expect(work).rejects.toThrow(PowerCut)
  const marker = await readFile(join(t.f.dataDir, MARKER))
  const replaced = (await readdir(t.f.dataDir)).find((n) => n.startsWith('replaced-'))!
  return { photo: photo.name, bytes, questions: before + 1, marker, replaced }
}

async function restart(check: (core: Awaited<ReturnType<typeof openCore>>) => void) {
  const core = await openCore({
    dir: t.f.dataDir,
    now: () => new Date(NOW.getTime() + 120_000),
    secrets: { dir: t.f.secrets.dir },
  })
  try {
    check(core)
  } finally {
    await core.close()
  }
}

describe('a restore cut off while bringing an answer’s photo back', () => {
  it('a torn copy of the photo is replaced by the whole one at the next start', async () => {
    const s = await cutAfterSwap()
    // The copy had begun: part of the photo, no journal entry yet.
    await mkdir(join(t.f.dataDir, 'attachments', 'thumbs'), { recursive: true })
    await writeFile(join(t.f.dataDir, 'attachments', s.photo), s.bytes.subarray(0, 10))
    await restart((core) => {
      expect(core.store.all('restores')).toHaveLength(1)
      expect(core.store.all('questions')).toHaveLength(s.questions)
      expect(core.store.get('attachments', s.photo)).toBeDefined()
    })
    expect(await readFile(join(t.f.dataDir, 'attachments', s.photo))).toEqual(s.bytes)
  })

  it('journaled but the marker not yet cleared: the next start records nothing twice', async () => {
    const s = await cutAfterSwap()
    await restart(() => {})
    await writeFile(join(t.f.dataDir, MARKER), s.marker)
    await restart((core) => {
      expect(core.store.all('restores')).toHaveLength(1)
      expect(core.store.all('questions')).toHaveLength(s.questions)
    })
    expect(existsSync(join(t.f.dataDir, MARKER))).toBe(false)
    expect(await readFile(join(t.f.dataDir, 'attachments', s.photo))).toEqual(s.bytes)
  })

  it('the set-aside folder gone: the kiosk opens, the restore and the questions are there', async () => {
    const s = await cutAfterSwap()
    await rm(join(t.f.dataDir, s.replaced), { recursive: true, force: true })
    await restart((core) => {
      expect(core.store.halted()).toBeFalsy()
      expect(core.store.all('restores')).toHaveLength(1)
      expect(core.store.all('questions')).toHaveLength(s.questions)
    })
    expect(existsSync(join(t.f.dataDir, MARKER))).toBe(false)
  })
})
