import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Secrets } from '../../../../../../electron/core/secrets'
import { openTestCore, type TestCore } from '../auth/helpers'
import { dataFilesOf } from './backup/folder'
import { resealed, sameAsBefore } from './backup/sealed'

let t: TestCore
let usb: string

/** Logs the window in as the demo account of that role (PINs from the README). */
async function login(role: 'clerk' | 'admin', caller = 'win') {
  const roster = await t.ok('auth.roster', {})
  const who = roster.find((r) => r.role === role)!
  await t.ok(
    'auth.login',
    { name: who.name, password: role === 'admin' ? '333333' : '111111' },
    caller,
  )
}

beforeEach(async () => {
  t = await openTestCore(true)
  usb = await mkdtemp(join(tmpdir(), 'usb-'))
})
afterEach(async () => {
  await t.close()
  await rm(usb, { recursive: true, force: true })
})

describe('backup.* through core', () => {
  it('is for the admin only', async () => {
    await login('clerk')
    const r = await t.call('backup.create', { targetDir: usb })
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('a backup to a stick needs a recovery code first; the code is shown once, never stored', async () => {
    await login('admin')
    const r = await t.call('backup.create', { targetDir: usb })
    expect(r).toMatchObject({ ok: false, error: { code: 'STORAGE' } })
    expect(r.ok ? '' : r.error.message).toContain('还没有恢复码')
    const issued = await t.ok('backup.newRecoveryCode', {})
    expect(issued.code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){5}[0-9A-HJKMNP-TV-Z]{4}$/)
    const secrets = await readFile(join(`${t.dir}-secrets`, 'backup-key.json'), 'utf8')
    expect(secrets).not.toContain(issued.code)
    expect(secrets).not.toContain(issued.code.replace(/-/g, ''))
    expect(await t.ok('backup.status', {})).toMatchObject({
      recovery: { ready: true, at: issued.at },
    })
    expect((await t.ok('backup.create', { targetDir: usb })).portable).toBe(true)
  })

  it('backup, list, inspect, restore: data comes back byte for byte, everyone logs in again', async () => {
    await login('admin')
    await t.ok('backup.newRecoveryCode', {})
    // Making the code is journaled; its document is written before the snapshot is taken.
    await t.core.store.flush()
    const before = await dataFilesOf(t.dir)
    const made = await t.ok('backup.create', { targetDir: usb })
    expect(made.verified).toBe(true)
    const listing = await t.ok('backup.list', { dir: usb })
    expect(listing.archives.map((a) => a.fileName)).toEqual([made.fileName])
    expect(await t.ok('backup.inspect', { archivePath: made.path })).toMatchObject({ ok: true })

    await login('clerk', 'clerk-win')
    await t.ok('ledger.closePeriod', { period: '2026-11' }, 'clerk-win')
    expect(await dataFilesOf(t.dir)).not.toEqual(before)

    const refused = await t.call('backup.restore', { archivePath: made.path } as never)
    expect(refused).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
    const done = await t.ok('backup.restore', { archivePath: made.path, confirm: true })
    expect(done.journalSeq).toBe(made.journalSeq)
    await t.core.store.flush()
    await sameAsBefore(t.dir, before)
    // The restore is itself journaled: who, when, which archive, the old and new heads.
    expect(t.seq()).toBe(made.journalSeq + 1)
    const after = await t.call('backup.list', { dir: usb })
    expect(after).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })

  it('a corrupted archive is refused naming the file; nothing changes', async () => {
    await login('admin')
    await t.ok('backup.newRecoveryCode', {})
    const made = await t.ok('backup.create', { targetDir: usb })
    await resealed(made, new Secrets(`${t.dir}-secrets`), (bytes, text) => {
      const at = text.indexOf('"data":', text.indexOf('data/settings.json'))
      bytes.writeUInt8(bytes.readUInt8(at + 9) ^ 0x02, at + 9)
    })
    const seq = t.seq()
    const before = await dataFilesOf(t.dir)
    const r = await t.call('backup.restore', { archivePath: made.path, confirm: true })
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'STORAGE',
        message: '文件 settings.json 的校验值不符（备份已损坏），不能用它恢复',
        fields: { file: 'settings.json' },
      },
    })
    expect(t.seq()).toBe(seq)
    expect(await dataFilesOf(t.dir)).toEqual(before)
  })

  it('status names the automatic folder and whether this host prints PDFs', async () => {
    await login('admin')
    const s = await t.ok('backup.status', {})
    expect(s).toEqual({
      autoDir: `${t.dir}-backups`,
      pdf: false,
      recovery: { ready: false },
    })
  })
})
