/**
 * The admin's backup doors reach only what the in-app browser reaches: a U 盘 (or the export
 * folder). A typed path to a system folder, a symlink on the stick that leads off it, or an
 * archive copied elsewhere on the disk is refused in plain words, and nothing is written or read.
 * The machine's own automatic backups stay listable and restorable, named by core, not by a path.
 */
import { copyFile, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Secrets, secretsDirFor } from '../../../../../../electron/core/secrets'
import {
  autoBackupDir,
  runAutoBackup,
} from '../../../../../../electron/core/services/data/backup/auto'
import { START } from '../auth/helpers'
import { dataFilesOf } from './backup/folder'
import { eachCoreWithUsb, loginAs } from './usb-core'

const env = eachCoreWithUsb()
/** A folder on the machine's own disk, under no drive (say C:\Windows or /etc). */
let elsewhere = ''
beforeEach(async () => {
  elsewhere = await mkdtemp(join(tmpdir(), 'not-a-drive-'))
})
afterEach(async () => {
  await rm(elsewhere, { recursive: true, force: true })
})

const messageOf = (r: { ok: boolean; error?: { message: string } }) =>
  r.ok ? '' : (r.error?.message ?? '')

describe('backup doors outside every drive', () => {
  it('backup.create into a folder off the drives is refused and writes nothing there', async () => {
    await loginAs(env.t, 'admin')
    await env.t.ok('backup.newRecoveryCode', {})
    const r = await env.t.call('backup.create', { targetDir: elsewhere })
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(messageOf(r)).toContain('只能存到U盘')
    expect(await readdir(elsewhere)).toEqual([])
  })

  it('backup.create through a folder on the stick that links off it is refused too', async () => {
    await loginAs(env.t, 'admin')
    await env.t.ok('backup.newRecoveryCode', {})
    const link = join(env.usb, '备份')
    await symlink(elsewhere, link)
    const r = await env.t.call('backup.create', { targetDir: link })
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await readdir(elsewhere)).toEqual([])
  })

  it('an archive copied off the drives is neither listed, checked nor restored', async () => {
    await loginAs(env.t, 'admin')
    await env.t.ok('backup.newRecoveryCode', {})
    const made = await env.t.ok('backup.create', { targetDir: env.usb })
    const copy = join(elsewhere, made.fileName)
    await copyFile(made.path, copy)
    await env.t.core.store.flush()
    const before = await dataFilesOf(env.t.dir)
    const seq = env.t.seq()

    const listed = await env.t.call('backup.list', { dir: elsewhere })
    const checked = await env.t.call('backup.inspect', { archivePath: copy })
    const restored = await env.t.call('backup.restore', { archivePath: copy, confirm: true })
    for (const r of [listed, checked, restored]) {
      expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      expect(messageOf(r)).toContain('只能打开U盘')
    }
    expect(env.t.seq()).toBe(seq)
    expect(await dataFilesOf(env.t.dir)).toEqual(before)
    // The same archive on the stick is fine.
    expect(await env.t.ok('backup.inspect', { archivePath: made.path })).toMatchObject({ ok: true })
  })

  it('the data folder itself is no place to list or restore from', async () => {
    await loginAs(env.t, 'admin')
    const r = await env.t.call('backup.list', { dir: env.t.dir })
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})

describe('the automatic backups', () => {
  it('before the first one, are an empty list (the folder is not made yet), not an error', async () => {
    await loginAs(env.t, 'admin')
    expect(await env.t.ok('backup.list', {})).toEqual({
      dir: autoBackupDir(env.t.dir),
      archives: [],
      unreadable: [],
    })
  })

  it('are listed without a path and checked from the machine’s own folder', async () => {
    await loginAs(env.t, 'admin')
    await env.t.core.store.flush()
    await runAutoBackup({
      dataDir: env.t.dir,
      autoDir: autoBackupDir(env.t.dir),
      now: new Date(Date.parse(START) + 3_600_000),
      secrets: new Secrets(secretsDirFor(env.t.dir)),
      flush: () => env.t.core.store.flush(),
    })
    const [archive] = (await env.t.ok('backup.list', {})).archives
    expect(archive?.automatic).toBe(true)
    expect(await env.t.ok('backup.inspect', { archivePath: archive!.path })).toMatchObject({
      ok: true,
    })
    // A folder inside the automatic backups' folder is not the folder: refused.
    const inner = join(autoBackupDir(env.t.dir), 'inner')
    await mkdir(inner)
    await copyFile(archive!.path, join(inner, archive!.fileName))
    const r = await env.t.call('backup.inspect', { archivePath: join(inner, archive!.fileName) })
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  }, 60_000)
})
