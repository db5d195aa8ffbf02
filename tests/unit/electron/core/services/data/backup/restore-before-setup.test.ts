/**
 * A backup of the village before it was set up (taken by the automatic backup in the window
 * after 离开演示村 and before 设置本村; its journal starts with the same first entry as the
 * village's) holds no profile and no account. Restored over the set-up village it would wipe
 * both and open the public first-run setup: anyone at the touchscreen could make themselves the
 * administrator. It is refused, in plain words, and the village stays as it was.
 */
import { afterEach, expect, it } from 'vitest'
import { Secrets, secretsDirFor } from '../../../../../../../electron/core/secrets'
import {
  autoBackupDir,
  runAutoBackup,
} from '../../../../../../../electron/core/services/data/backup/auto'
import { openTestCore, START, villageInput, type TestCore } from '../../auth/helpers'

let t: TestCore | undefined
afterEach(async () => {
  await t?.close()
})

it('a backup of the not-yet-set-up village is refused over the set-up one', async () => {
  t = await openTestCore(true)
  const demoAdmin = t.core.store.all('users').find((u) => u.role === 'admin')!
  await t.ok('auth.login', { name: demoAdmin.name, password: '333333' })
  await t.ok('setup.leaveDemo', { confirm: true })
  // The hourly automatic backup runs before the cadres come back to set the village up.
  t.advance(3_600_000)
  await runAutoBackup({
    dataDir: t.dir,
    autoDir: autoBackupDir(t.dir),
    now: new Date(Date.parse(START) + 3_600_000),
    secrets: new Secrets(secretsDirFor(t.dir)),
    flush: () => t!.core.store.flush(),
  })
  t.advance(86_400_000)
  await t.ok('setup.begin', villageInput())
  await t.ok('auth.login', { name: '王建国', password: 'admin-pass-1' })
  const [archive] = (await t.ok('backup.list', {})).archives
  expect(archive).toBeDefined()

  t.advance(86_400_000)
  await t.ok('auth.login', { name: '王建国', password: 'admin-pass-1' })
  const r = await t.call('backup.restore', { archivePath: archive!.path, confirm: true })
  const status = await t.ok('setup.status', {}, 'stranger')
  // Anyone at the touchscreen, no login:
  const stranger = await t.call(
    'setup.begin',
    villageInput({ admin: { name: '路人甲', password: 'mine-now-1' } }),
    'stranger',
  )
  expect({ restored: r.ok, needsSetup: status.needsSetup, strangerAdmin: stranger.ok }).toEqual({
    restored: false,
    needsSetup: false,
    strangerAdmin: false,
  })
  expect(r.ok ? '' : r.error.message).toContain('这是本村设置之前的备份')
  expect(t.core.store.get('village', 'profile')?.name).toBe(villageInput().village.name)
}, 60_000)
