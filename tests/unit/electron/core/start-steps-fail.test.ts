/**
 * The steps of a start after the records are open: the kept PIN and receipt counts, the
 * township outbox and the records check. One that throws never leaves the folder half held: an
 * optional one lets the kiosk open on the records with a plain warning in the log, and anything
 * else fails the start with the store closed and the lock released, so the next start opens.
 */
import { afterEach, expect, it, vi } from 'vitest'
import type * as backoffFile from '../../../../electron/core/api/screen-backoff-file'
import { openCore, type Core } from '../../../../electron/core/core'
import type * as recordsWatch from '../../../../electron/core/records-watch'
import type * as sessions from '../../../../electron/core/api/sessions'
import { tempDir } from '../../temp-dir'

const fail = vi.hoisted(() => ({ backoffs: false, watch: false, sessions: false }))

vi.mock('../../../../electron/core/api/screen-backoff-file', async (importOriginal) => {
  const real = await importOriginal<typeof backoffFile>()
  const keepBackoffs: typeof real.keepBackoffs = async (...args) => {
    if (fail.backoffs)
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })
    return real.keepBackoffs(...args)
  }
  return { ...real, keepBackoffs }
})

vi.mock('../../../../electron/core/records-watch', async (importOriginal) => {
  const real = await importOriginal<typeof recordsWatch>()
  const watchRecords: typeof real.watchRecords = (...args) => {
    if (fail.watch)
      throw Object.assign(new Error('ENOSPC: System limit for number of file watchers reached'), {
        code: 'ENOSPC',
      })
    return real.watchRecords(...args)
  }
  return { ...real, watchRecords }
})

vi.mock('../../../../electron/core/api/sessions', async (importOriginal) => {
  const real = await importOriginal<typeof sessions>()
  class SessionTable extends real.SessionTable {
    constructor(...args: ConstructorParameters<typeof real.SessionTable>) {
      if (fail.sessions) throw new Error('EIO: i/o error')
      super(...args)
    }
  }
  return { ...real, SessionTable }
})

const cores: Core[] = []
afterEach(async () => {
  for (const c of cores.splice(0)) await c.close()
  fail.backoffs = fail.watch = fail.sessions = false
})

const NOW = new Date('2026-12-07T02:00:00Z')

async function seeded(): Promise<{ dir: string; seq: number }> {
  const dir = tempDir('kiosk-start-steps-')
  const core = await openCore({
    dir,
    now: () => NOW,
    demo: true,
    demoYears: 1,
    recordsWatch: false,
  })
  const seq = core.store.head().seq
  await core.close()
  return { dir, seq }
}

it('the kept PIN counts unreadable: the kiosk opens on the records and the log says so in Chinese', async () => {
  const { dir, seq } = await seeded()
  fail.backoffs = true
  const logged: string[] = []
  const core = await openCore({
    dir,
    now: () => NOW,
    recordsWatch: false,
    log: (m) => logged.push(m),
  })
  cores.push(core)
  expect(core.store.head().seq).toBe(seq)
  expect(logged).toContain(
    '读不到上次记下的输错PIN和回执码次数，本次从零计起；程序照常打开，村务记录不受影响。',
  )
})

it('the records check cannot start (ENOSPC): the kiosk opens on the records and the log says so in Chinese', async () => {
  const { dir, seq } = await seeded()
  fail.watch = true
  const logged: string[] = []
  const core = await openCore({ dir, now: () => NOW, log: (m) => logged.push(m) })
  cores.push(core)
  expect(core.store.head().seq).toBe(seq)
  expect(logged).toContain('自动核验村务记录没有启动，记录照常显示；重新启动程序时会再试。')
})

it('any other step that throws after the records are open: the start fails, and the next start opens', async () => {
  const { dir, seq } = await seeded()
  fail.sessions = true
  await expect(openCore({ dir, now: () => NOW, recordsWatch: false })).rejects.toThrow('EIO')
  fail.sessions = false
  // The old start kept the lock and the store: this one was refused as FolderBusy.
  const core = await openCore({ dir, now: () => NOW, recordsWatch: false })
  cores.push(core)
  expect(core.store.head().seq).toBe(seq)
})
