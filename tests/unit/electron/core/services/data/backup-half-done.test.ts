/**
 * A restore that switched the journal in but could not move the other files in: the data is
 * the restored village (rebuilt from its journal), so the old village's logins must end too,
 * as after a whole restore. Before, they went on working on the restored data.
 */
import { sep } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import * as fsSafe from '../../../../../../electron/core/store/fs-safe'
import { eachCoreWithUsb, loginAs } from './usb-core'

vi.mock('../../../../../../electron/core/store/fs-safe', async (importOriginal) => {
  const real = await importOriginal<typeof fsSafe>()
  return { ...real, renameWithRetry: vi.fn(real.renameWithRetry) }
})
const real = await vi.importActual<typeof fsSafe>('../../../../../../electron/core/store/fs-safe')

const env = eachCoreWithUsb()
afterEach(() => {
  vi.mocked(fsSafe.renameWithRetry).mockImplementation(real.renameWithRetry)
})

describe('a restore that is only half done', () => {
  it('says so, and everyone logs in again', async () => {
    await loginAs(env.t, 'admin')
    await env.t.ok('backup.newRecoveryCode', {})
    await env.t.core.store.flush()
    const made = await env.t.ok('backup.create', { targetDir: env.usb })
    await loginAs(env.t, 'clerk', 'clerk-win')
    await env.t.ok('ledger.closePeriod', { period: '2026-11' }, 'clerk-win')
    // Every move after the journal's switch fails (a file held open by another program).
    let switched = false
    vi.mocked(fsSafe.renameWithRetry).mockImplementation(async (from, to, attempts) => {
      if (switched)
        throw Object.assign(new Error('EPERM: operation not permitted'), { code: 'EPERM' })
      await real.renameWithRetry(from, to, attempts)
      if (to.endsWith(`${sep}journal.jsonl`) && from.includes('.restore-')) switched = true
    })
    const r = await env.t.call('backup.restore', { archivePath: made.path, confirm: true })
    expect(switched).toBe(true)
    expect(r).toMatchObject({ ok: false })
    expect(r.ok ? '' : r.error.message).toContain('恢复的记录已经换好')
    expect(r.ok ? '' : r.error.message).toContain('重新打开')
    for (const caller of ['win', 'clerk-win']) {
      expect(await env.t.call('backup.status', {}, caller)).toMatchObject({
        ok: false,
        error: { code: 'UNAUTHENTICATED' },
      })
    }
  })
})
