/**
 * A kiosk whose data folder sits on a drive the browser lists (VILLAGE_DATA_DIR on D:, or under
 * /mnt): the data folder, its secrets (the PIN pepper, the backup key), its automatic backups
 * and the township signing key are the kiosk's own, never a USB stick's. A clerk who could read
 * pepper.json and the PIN hashes could work out the 监委's PIN away from the kiosk and sign their
 * own sheets; one who could read the signing key could forge the township's packages. The
 * outbox, where each publish's signed package waits for Syncthing or 导出给乡镇, is the kiosk's
 * own too: a file saved into it would be sent to the township as if this kiosk had made it.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DRIVE_MSG, type DriveFolder, type Result } from '../../../../../../contract'
import { openCore, type Core } from '../../../../../../electron/core/core'
import { publishMonth } from '../../township/village'

let base: string
let disk: string
let home: string
let core: Core

const call = (method: string, input: unknown) => core.invoke(method, input, 'clerk')

beforeEach(async () => {
  base = mkdtempSync(join(tmpdir(), 'kiosk-own-'))
  // The machine's second disk, mounted where the browser looks for sticks.
  disk = join(base, 'media', 'DATA')
  home = join(disk, '村务公开')
  mkdirSync(join(disk, '照片'), { recursive: true })
  writeFileSync(join(disk, '照片', '记001.jpg'), 'photo')
  core = await openCore({
    dir: join(home, 'data'),
    demo: true,
    demoYears: 1,
    now: () => new Date('2026-11-25T01:30:00.000Z'),
    drives: { root: join(base, 'media'), exportDir: join(base, 'export') },
    signing: { keyDir: join(home, 'signing'), outbox: join(home, 'outbox') },
  })
  const login = await call('auth.login', { name: '杨雪梅', password: '111111' })
  expect(login.ok).toBe(true)
})

afterEach(async () => {
  await core.close()
  await rm(base, { recursive: true, force: true })
})

describe('the kiosk’s own folders on a listed drive', () => {
  it('are never browsed, read, written or used for photos; the rest of the drive is', async () => {
    const own = ['data', 'data-secrets', 'data-backups', 'signing'].map((f) => join(home, f))
    expect(existsSync(join(home, 'data-secrets', 'pepper.json'))).toBe(true)
    expect(existsSync(join(home, 'signing', 'township-signing-key.pem'))).toBe(true)
    mkdirSync(join(home, 'data-backups'), { recursive: true })
    mkdirSync(join(home, '旧照片'))

    for (const path of own) {
      const r = await call('drives.browse', { path })
      expect(r).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', message: DRIVE_MSG.outside },
      })
    }
    for (const path of [
      join(home, 'data-secrets', 'pepper.json'),
      join(home, 'data', 'journal.jsonl'),
      join(home, 'signing', 'township-signing-key.pem'),
    ]) {
      const r = await call('drives.read', { path })
      expect(r).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', message: DRIVE_MSG.outside },
      })
    }
    const w = await call('drives.write', {
      folder: join(home, 'data'),
      fileName: 'users.1.json',
      bytesBase64: Buffer.from('{}').toString('base64'),
    })
    expect(w).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    // (The core's own files there may change meanwhile; the one asked for must not appear.)
    expect(readdirSync(join(home, 'data')).filter((n) => n.startsWith('users.1'))).toEqual([])
    expect((await call('ledger.closePeriod', { period: '2026-11' })).ok).toBe(true)
    const p = await call('vouchers.photosPreview', {
      period: '2026-11',
      folder: join(home, 'data', 'attachments'),
    })
    expect(p).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })

    // The folder holding them lists only what a cadre may open; the drive's photos still work.
    const top = (await call('drives.browse', { path: home })) as Result<DriveFolder>
    expect(top.ok && top.data.entries.map((e) => e.name)).toEqual(['旧照片'])
    const photo = await call('drives.read', { path: join(disk, '照片', '记001.jpg') })
    expect(photo).toMatchObject({ ok: true, data: { name: '记001.jpg', bytes: 5 } })
  })

  it('include the signing outbox: not browsed, read, saved, backed up or exported into', async () => {
    const outbox = join(home, 'outbox')
    await publishMonth(core, '2026-10', { summary: '十月办公用品' })
    const packages = readdirSync(outbox).sort()
    const signed = packages.find((n) => n.endsWith('.json'))
    expect(signed).toBeDefined()
    const refusedAs = (message: string) => ({ ok: false, error: { code: 'FORBIDDEN', message } })

    expect(await call('drives.browse', { path: outbox })).toMatchObject(
      refusedAs(DRIVE_MSG.outside),
    )
    const pkg = join(outbox, signed!)
    expect(await call('drives.read', { path: pkg })).toMatchObject(refusedAs(DRIVE_MSG.outside))
    const w = await call('drives.write', {
      folder: outbox,
      fileName: '99999999.json',
      bytesBase64: Buffer.from('{}').toString('base64'),
    })
    expect(w).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })

    const admin = (method: string, input: unknown) => core.invoke(method, input, 'admin')
    expect((await admin('auth.login', { name: '张德明', password: '333333' })).ok).toBe(true)
    expect((await admin('backup.newRecoveryCode', {})).ok).toBe(true)
    const saveOutside = refusedAs(DRIVE_MSG.saveOutside)
    expect(await admin('backup.create', { targetDir: outbox })).toMatchObject(saveOutside)
    expect(await admin('township.export', { dir: outbox })).toMatchObject(saveOutside)
    expect(readdirSync(outbox).sort()).toEqual(packages)

    const top = (await call('drives.browse', { path: home })) as Result<DriveFolder>
    expect(top.ok && top.data.entries.map((e) => e.name)).toEqual([])
  })
})
