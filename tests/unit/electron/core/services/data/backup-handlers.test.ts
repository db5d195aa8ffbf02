import { describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Secrets } from '../../../../../../electron/core/secrets'
import { dataFilesOf } from './backup/folder'
import { resealed, sameAsBefore } from './backup/sealed'
import { eachCoreWithUsb, loginAs } from './usb-core'

const env = eachCoreWithUsb()

describe('backup.* through core', () => {
  it('is for the admin only', async () => {
    await loginAs(env.t, 'clerk')
    const r = await env.t.call('backup.create', { targetDir: env.usb })
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('a backup to a stick needs a recovery code first; the code is shown once, never stored', async () => {
    await loginAs(env.t, 'admin')
    const r = await env.t.call('backup.create', { targetDir: env.usb })
    expect(r).toMatchObject({ ok: false, error: { code: 'STORAGE' } })
    expect(r.ok ? '' : r.error.message).toContain('还没有恢复码')
    const issued = await env.t.ok('backup.newRecoveryCode', {})
    expect(issued.code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){5}[0-9A-HJKMNP-TV-Z]{4}$/)
    const secrets = await readFile(join(`${env.t.dir}-secrets`, 'backup-key.json'), 'utf8')
    expect(secrets).not.toContain(issued.code)
    expect(secrets).not.toContain(issued.code.replace(/-/g, ''))
    expect(await env.t.ok('backup.status', {})).toMatchObject({
      recovery: { ready: true, at: issued.at },
    })
    expect((await env.t.ok('backup.create', { targetDir: env.usb })).portable).toBe(true)
  })

  it('backup, list, inspect, restore: data comes back byte for byte, everyone logs in again', async () => {
    await loginAs(env.t, 'admin')
    await env.t.ok('backup.newRecoveryCode', {})
    // Making the code is journaled; its document is written before the snapshot is taken.
    await env.t.core.store.flush()
    const before = await dataFilesOf(env.t.dir)
    const made = await env.t.ok('backup.create', { targetDir: env.usb })
    expect(made.verified).toBe(true)
    const listing = await env.t.ok('backup.list', { dir: env.usb })
    expect(listing.archives.map((a) => a.fileName)).toEqual([made.fileName])
    expect(await env.t.ok('backup.inspect', { archivePath: made.path })).toMatchObject({ ok: true })

    await loginAs(env.t, 'clerk', 'clerk-win')
    await env.t.ok('ledger.closePeriod', { period: '2026-11' }, 'clerk-win')
    expect(await dataFilesOf(env.t.dir)).not.toEqual(before)

    const refused = await env.t.call('backup.restore', { archivePath: made.path } as never)
    expect(refused).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
    const done = await env.t.ok('backup.restore', { archivePath: made.path, confirm: true })
    expect(done.journalSeq).toBe(made.journalSeq)
    await env.t.core.store.flush()
    await sameAsBefore(env.t.dir, before)
    // The restore is itself journaled: who, when, which archive, the old and new heads.
    expect(env.t.seq()).toBe(made.journalSeq + 1)
    const after = await env.t.call('backup.list', { dir: env.usb })
    expect(after).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })

  it('a corrupted archive is refused naming the file; nothing changes', async () => {
    await loginAs(env.t, 'admin')
    await env.t.ok('backup.newRecoveryCode', {})
    // settings.json is written behind its journal line; on disk before the archive is made, so
    // the archive holds the file to corrupt (left to timing, a fast login made it miss).
    await env.t.core.store.flush()
    const made = await env.t.ok('backup.create', { targetDir: env.usb })
    await resealed(made, new Secrets(`${env.t.dir}-secrets`), (bytes, text) => {
      const name = text.indexOf('data/settings.json')
      expect(name).toBeGreaterThanOrEqual(0)
      const at = text.indexOf('"data":', name)
      bytes.writeUInt8(bytes.readUInt8(at + 9) ^ 0x02, at + 9)
    })
    // The recovery code's journal line has its document written behind: on disk before the snapshot.
    await env.t.core.store.flush()
    const seq = env.t.seq()
    const before = await dataFilesOf(env.t.dir)
    const r = await env.t.call('backup.restore', { archivePath: made.path, confirm: true })
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'STORAGE',
        message: '文件 settings.json 的校验值不符（备份已损坏），不能用它恢复',
        fields: { file: 'settings.json' },
      },
    })
    expect(env.t.seq()).toBe(seq)
    expect(await dataFilesOf(env.t.dir)).toEqual(before)
  })

  it('a folder picked as the backup file is refused in plain words, to check and to restore', async () => {
    await loginAs(env.t, 'admin')
    const checked = await env.t.ok('backup.inspect', { archivePath: env.usb })
    expect(checked).toMatchObject({
      ok: false,
      message: '无法读取备份文件：这是一个文件夹，不是备份文件',
    })
    const restored = await env.t.call('backup.restore', { archivePath: env.usb, confirm: true })
    expect(restored).toMatchObject({
      ok: false,
      error: { message: '无法读取备份文件：这是一个文件夹，不是备份文件' },
    })
  })

  it('status names the automatic folder and whether this host prints PDFs', async () => {
    await loginAs(env.t, 'admin')
    const s = await env.t.ok('backup.status', {})
    expect(s).toEqual({
      autoDir: `${env.t.dir}-backups`,
      pdf: false,
      recovery: { ready: false },
    })
  })
})
