/**
 * When the journal is replaced (the demo left, or a restore), the outbox's old packages move to
 * a folder beside it (outbox-replaced-<time>). Those are packages this kiosk signed, kept as
 * the record of what it once sent: a file saved among them, or one taken away, would change
 * that record. The folder is the kiosk's own, like the outbox: never browsed, read or saved into.
 */
import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DRIVE_MSG, type DriveFolder, type Result } from '../../../../../../contract'
import { openCore, type Core } from '../../../../../../electron/core/core'
import { tempDir } from '../../../../temp-dir'
import { publishMonth } from '../../township/village'

let core: Core | null = null

afterEach(async () => {
  await core?.close()
  core = null
})

describe('the outbox’s replaced packages on a listed drive', () => {
  it('are never browsed, read, written, backed up into or listed', async () => {
    const base = tempDir('replaced-outbox-')
    const home = join(base, 'media', 'DATA', '村务公开')
    mkdirSync(home, { recursive: true })
    const open = () =>
      openCore({
        dir: join(home, 'data'),
        demo: true,
        demoYears: 1,
        now: () => new Date('2026-11-25T01:30:00.000Z'),
        drives: { root: join(base, 'media'), exportDir: join(base, 'export') },
        signing: { keyDir: join(home, 'signing'), outbox: join(home, 'outbox') },
      })
    core = await open()
    await publishMonth(core, '2026-10', { summary: '演示时试着公开的账' })
    await core.close()
    // Another journal in the data folder: the first package of the new one retires the old.
    renameSync(join(home, 'data'), join(base, 'demo-data'))
    core = await open()
    const c = core
    await publishMonth(c, '2026-10', { summary: '本村正式的账' })
    const aside = readdirSync(home).filter((n) => n.startsWith('outbox-replaced-'))
    expect(aside).toHaveLength(1)
    const folder = join(home, aside[0]!)
    const kept = readdirSync(folder).sort()
    expect(kept.length).toBeGreaterThan(0)

    const call = (method: string, input: unknown) => c.invoke(method, input, 'clerk')
    const refusedAs = (message: string) => ({ ok: false, error: { code: 'FORBIDDEN', message } })
    expect(await call('drives.browse', { path: folder })).toMatchObject(
      refusedAs(DRIVE_MSG.outside),
    )
    expect(await call('drives.read', { path: join(folder, kept[0]!) })).toMatchObject(
      refusedAs(DRIVE_MSG.outside),
    )
    const w = await call('drives.write', {
      folder,
      fileName: '99999999.json',
      bytesBase64: Buffer.from('{}').toString('base64'),
    })
    expect(w).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const admin = (method: string, input: unknown) => c.invoke(method, input, 'admin')
    expect((await admin('auth.login', { name: '张德明', password: '333333' })).ok).toBe(true)
    expect((await admin('backup.newRecoveryCode', {})).ok).toBe(true)
    expect(await admin('backup.create', { targetDir: folder })).toMatchObject(
      refusedAs(DRIVE_MSG.saveOutside),
    )
    expect(readdirSync(folder).sort()).toEqual(kept)

    // The folder holding it lists none of the kiosk's own folders.
    const top = (await call('drives.browse', { path: home })) as Result<DriveFolder>
    expect(top.ok && top.data.entries.map((e) => e.name)).toEqual([])
    expect(existsSync(join(home, 'outbox'))).toBe(true)
  })
})
