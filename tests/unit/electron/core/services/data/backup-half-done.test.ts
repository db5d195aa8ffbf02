/**
 * A restore that switched the journal in but could not move the other files in: the data is
 * the restored village (rebuilt from its journal), so the old village's logins must end too,
 * as after a whole restore. Before, they went on working on the restored data.
 */
import { sep } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renameError, renamesWork, renameWith } from '../../../../fakes/failing-renames'
import { eachCoreWithUsb, loginAs } from './usb-core'

vi.mock('../../../../../../electron/core/store/fs-safe', (original) =>
  import('../../../../fakes/failing-renames').then((m) => m.failingRenames(original)),
)

const env = eachCoreWithUsb()
afterEach(renamesWork)

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
    renameWith(async (from, to, attempts, real) => {
      if (switched) throw renameError('EPERM', 'EPERM: operation not permitted')
      await real(from, to, attempts)
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
