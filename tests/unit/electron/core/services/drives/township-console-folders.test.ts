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
import { describe, expect, it } from 'vitest'
import { DRIVE_MSG } from '../../../../../../contract'
import { TOWNSHIP_STATE_DIR } from '../../../../../../electron/core/township/console'
import { chain, newKey, put, sheetRecord } from '../../township/linked-chain'
import { closedFolderKiosk, refusedAs, saveInto } from './closed-folder'

const consoleOnDrive = closedFolderKiosk('console-own-', '乡镇汇总')

describe('the township console’s own folders on a listed drive', () => {
  it('the inbox and what the console archived are never browsed, read or written', async () => {
    const k = consoleOnDrive()
    const { home, clerk: call, admin, listed } = k
    const inbox = join(home, 'township-inbox')
    const village = join(inbox, 'lianmeng')
    await put(village, chain(newKey(), 2, { records: (s) => [sheetRecord(`2026-0${s}`, 100)] }))
    mkdirSync(join(home, '照片'))
    const c = await k.open({ townshipInbox: inbox })
    const overview = await c.invoke('township.overview', {}, 'win')
    expect(overview.ok).toBe(true)
    const state = join(home, 'data', TOWNSHIP_STATE_DIR)
    const archive = join(state, 'archive')
    expect(readdirSync(archive).length).toBeGreaterThan(0)
    const packages = readdirSync(village).sort()

    await k.login()
    for (const path of [inbox, village, state, archive]) {
      expect(await call('drives.browse', { path })).toMatchObject(refusedAs(DRIVE_MSG.outside))
    }
    const archived = join(archive, readdirSync(archive)[0]!)
    for (const path of [join(village, packages[0]!), archived]) {
      expect(await call('drives.read', { path })).toMatchObject(refusedAs(DRIVE_MSG.outside))
    }
    for (const folder of [inbox, village, archive]) {
      const w = await call('drives.write', saveInto(folder, '00000003.json'))
      expect(w).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(readdirSync(village).sort()).toEqual(packages)
    expect(existsSync(join(inbox, '00000003.json'))).toBe(false)
    for (const targetDir of [inbox, village]) {
      expect(await admin('backup.create', { targetDir })).toMatchObject(
        refusedAs(DRIVE_MSG.saveOutside),
      )
    }
    expect(readdirSync(inbox)).toEqual(['lianmeng'])

    expect(await listed(home)).toEqual(['照片'])
  })
})
