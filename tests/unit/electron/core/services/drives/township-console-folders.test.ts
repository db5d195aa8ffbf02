/**
 * The 乡镇汇总 console is the same app: its cadres log in, and 数据 (backup, import) opens the
 * in-app drive browser. Its inbox, where Syncthing or a stick brings each village's signed
 * packages, is the console's own: a file saved there would be read as a village's package, and
 * one taken away would be a village's history gone. What the console saw of each village (its
 * archive and seen record, in the data folder) is the evidence of what the villages sent.
 * Neither is browsed, read or written, wherever the folders were put.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DRIVE_MSG, type DriveFolder, type Result } from '../../../../../../contract'
import { openCore, type Core } from '../../../../../../electron/core/core'
import { TOWNSHIP_STATE_DIR } from '../../../../../../electron/core/township/console'
import { tempDir } from '../../../../temp-dir'
import { chain, newKey, put, sheetRecord } from '../../township/linked-chain'

let core: Core | null = null

afterEach(async () => {
  await core?.close()
  core = null
})

describe('the township console’s own folders on a listed drive', () => {
  it('the inbox and what the console archived are never browsed, read or written', async () => {
    const base = tempDir('console-own-')
    const home = join(base, 'media', 'DATA', '乡镇汇总')
    const inbox = join(home, 'township-inbox')
    const village = join(inbox, 'lianmeng')
    await put(village, chain(newKey(), 2, { records: (s) => [sheetRecord(`2026-0${s}`, 100)] }))
    mkdirSync(join(home, '照片'))
    core = await openCore({
      dir: join(home, 'data'),
      demo: true,
      demoYears: 1,
      now: () => new Date('2026-11-25T01:30:00.000Z'),
      drives: { root: join(base, 'media'), exportDir: join(base, 'export') },
      townshipInbox: inbox,
    })
    const c = core
    const overview = await c.invoke('township.overview', {}, 'win')
    expect(overview.ok).toBe(true)
    const state = join(home, 'data', TOWNSHIP_STATE_DIR)
    const archive = join(state, 'archive')
    expect(readdirSync(archive).length).toBeGreaterThan(0)
    const packages = readdirSync(village).sort()

    const call = (method: string, input: unknown) => c.invoke(method, input, 'clerk')
    expect((await call('auth.login', { name: '杨雪梅', password: '111111' })).ok).toBe(true)
    const refusedAs = (message: string) => ({ ok: false, error: { code: 'FORBIDDEN', message } })
    for (const path of [inbox, village, state, archive]) {
      expect(await call('drives.browse', { path })).toMatchObject(refusedAs(DRIVE_MSG.outside))
    }
    const archived = join(archive, readdirSync(archive)[0]!)
    for (const path of [join(village, packages[0]!), archived]) {
      expect(await call('drives.read', { path })).toMatchObject(refusedAs(DRIVE_MSG.outside))
    }
    for (const folder of [inbox, village, archive]) {
      const w = await call('drives.write', {
        folder,
        fileName: '00000003.json',
        bytesBase64: Buffer.from('{}').toString('base64'),
      })
      expect(w).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(readdirSync(village).sort()).toEqual(packages)
    expect(existsSync(join(inbox, '00000003.json'))).toBe(false)
    const admin = (method: string, input: unknown) => c.invoke(method, input, 'admin')
    expect((await admin('auth.login', { name: '张德明', password: '333333' })).ok).toBe(true)
    expect((await admin('backup.newRecoveryCode', {})).ok).toBe(true)
    for (const targetDir of [inbox, village]) {
      expect(await admin('backup.create', { targetDir })).toMatchObject(
        refusedAs(DRIVE_MSG.saveOutside),
      )
    }
    expect(readdirSync(inbox)).toEqual(['lianmeng'])

    const top = (await call('drives.browse', { path: home })) as Result<DriveFolder>
    expect(top.ok && top.data.entries.map((e) => e.name)).toEqual(['照片'])
  })
})
