/**
 * The folder picked for a backup went before 开始备份 was pressed: deleted on another computer,
 * or the stick pulled out. The admin is told the folder is gone and to pick again (not the
 * browser's 找不到这个文件或文件夹), and nothing is written: no folder made again, no archive.
 */
import { existsSync } from 'node:fs'
import { mkdir, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DRIVE_MSG } from '../../../../../../contract'
import { eachCoreWithUsb, loginAs } from './usb-core'

const env = eachCoreWithUsb()

const gone = { ok: false, error: { code: 'NOT_FOUND', message: DRIVE_MSG.saveGone } }

describe('a backup into a folder that is no longer there', () => {
  it('deleted since it was picked: says so, and writes nothing on the stick', async () => {
    await loginAs(env.t, 'admin')
    await env.t.ok('backup.newRecoveryCode', {})
    const picked = join(env.usb, '村务备份')
    await mkdir(picked)
    await rm(picked, { recursive: true })
    expect(await env.t.call('backup.create', { targetDir: picked })).toMatchObject(gone)
    expect(await readdir(env.usb)).toEqual([])
  })

  it('its stick pulled out: says so, and makes no folder where the stick was', async () => {
    await loginAs(env.t, 'admin')
    await env.t.ok('backup.newRecoveryCode', {})
    const picked = join(env.usb, '村务备份')
    await mkdir(picked)
    await rm(env.usb, { recursive: true })
    expect(await env.t.call('backup.create', { targetDir: picked })).toMatchObject(gone)
    expect(existsSync(env.usb)).toBe(false)
  })
})
