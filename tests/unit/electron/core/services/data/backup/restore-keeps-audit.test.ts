/**
 * 核验 lists "every new recovery code made" and "every restore" for the 监委. Both lists are
 * records inside the data a restore replaces; restoring a backup taken before them keeps them:
 * a code that opens every later backup was issued and still works, so 核验 must go on saying
 * so, and every restore made stays listed.
 */
import { describe, expect, it } from 'vitest'
import type { PersonRef } from '../../../../../../../contract'
import { createApi } from '../../../../../../../electron/core/api/create-api'
import type { Handlers } from '../../../../../../../electron/core/api/handlers'
import { SessionTable } from '../../../../../../../electron/core/api/sessions'
import { backupHandlers } from '../../../../../../../electron/core/services/data/backup-handlers'
import { unwrapWithCode } from '../../../../../../../electron/core/services/data/backup/recovery'
import { ProgressBoard } from '../../../../../../../electron/core/services/data/progress'
import { eachDemoFolder } from './each-folder'
import { NOW } from './folder'

const ADMIN: PersonRef = { id: 'u-admin', name: '王建国' }
const t = eachDemoFolder(ADMIN)

describe('what 核验 shows survives a restore of an older backup', () => {
  it('a recovery code made after the backup, and every restore, stay listed', async () => {
    let now = NOW.getTime() + 3_600_000
    const clock = () => new Date(now)
    const sessions = new SessionTable(clock, 86_400_000, 86_400_000)
    sessions.start('admin', ADMIN, 'admin')
    // The folder holding usb/ stands for the drives; the data folder on it stays closed.
    const drives = { root: t.f.root, exportDir: t.f.target, closed: [t.f.dataDir] }
    const handlers = backupHandlers(
      t.f.hooks,
      new ProgressBoard(),
      {},
      drives,
    ) as unknown as Handlers
    const call = async (method: string, input: unknown) => {
      const r = await createApi({ handlers, store: t.f.store(), sessions, now: clock })(
        method,
        input,
        'admin',
      )
      if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
      return r.data as never
    }

    const older = await t.backup()
    // An admin makes a new recovery code: journaled, listed on 核验.
    const issued: { code: string } = await call('backup.newRecoveryCode', {})
    expect(await call('backup.recoveryCodes', {})).toHaveLength(1)
    // First restore (listed), then the older backup restored again.
    now += 60_000
    await call('backup.restore', { archivePath: older.path, confirm: true })
    sessions.start('admin', ADMIN, 'admin')
    expect(await call('backup.restores', {})).toHaveLength(1)
    now += 60_000
    await call('backup.restore', { archivePath: older.path, confirm: true })
    sessions.start('admin', ADMIN, 'admin')

    // The code issued still opens this machine's archive key (and every backup made from now on)…
    const key = await t.f.secrets.archiveKey()
    expect(await unwrapWithCode(key!.recovery!, issued.code)).not.toBeNull()
    // …and 核验 still says it was made, and lists both restores.
    const codes: unknown[] = await call('backup.recoveryCodes', {})
    const restores: unknown[] = await call('backup.restores', {})
    expect({ codes: codes.length, restores: restores.length }).toEqual({ codes: 1, restores: 2 })
  })
})
