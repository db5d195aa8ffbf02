/**
 * A kiosk whose data folder sits on a drive the browser lists (VILLAGE_DATA_DIR on D:, or under
 * /mnt): the data folder, its secrets (the PIN pepper, the backup key), its automatic backups
 * and the township signing key are the kiosk's own, never a USB stick's. A clerk who could read
 * pepper.json and the PIN hashes could work out the 监委's PIN away from the kiosk and sign their
 * own sheets; one who could read the signing key could forge the township's packages. The
 * outbox, where each publish's signed package waits for Syncthing or 导出给乡镇, is the kiosk's
 * own too: a file saved into it would be sent to the township as if this kiosk had made it.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DRIVE_MSG } from '../../../../../../contract'
import { publishMonth } from '../../township/village'
import { closedFolderKiosk, refusedAs, saveInto } from './closed-folder'

const kioskOnDrive = closedFolderKiosk('kiosk-own-')

/** The kiosk on the machine's second disk (mounted where the browser looks), photos beside it. */
async function kioskWithPhotos() {
  const k = kioskOnDrive()
  mkdirSync(join(k.disk, '照片'), { recursive: true })
  writeFileSync(join(k.disk, '照片', '记001.jpg'), 'photo')
  await k.open({ signing: { keyDir: join(k.home, 'signing'), outbox: join(k.home, 'outbox') } })
  await k.login()
  return k
}

describe('the kiosk’s own folders on a listed drive', () => {
  it('are never browsed, read, written or used for photos; the rest of the drive is', async () => {
    const { home, disk, clerk: call, listed } = await kioskWithPhotos()
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
    const w = await call('drives.write', saveInto(join(home, 'data'), 'users.1.json'))
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
    expect(await listed(home)).toEqual(['旧照片'])
    const photo = await call('drives.read', { path: join(disk, '照片', '记001.jpg') })
    expect(photo).toMatchObject({ ok: true, data: { name: '记001.jpg', bytes: 5 } })
  })

  it('include the signing outbox: not browsed, read, saved, backed up or exported into', async () => {
    const { home, core, clerk: call, admin, listed } = await kioskWithPhotos()
    const outbox = join(home, 'outbox')
    await publishMonth(core, '2026-10', { summary: '十月办公用品' })
    const packages = readdirSync(outbox).sort()
    const signed = packages.find((n) => n.endsWith('.json'))
    expect(signed).toBeDefined()

    expect(await call('drives.browse', { path: outbox })).toMatchObject(
      refusedAs(DRIVE_MSG.outside),
    )
    const pkg = join(outbox, signed!)
    expect(await call('drives.read', { path: pkg })).toMatchObject(refusedAs(DRIVE_MSG.outside))
    const w = await call('drives.write', saveInto(outbox, '99999999.json'))
    expect(w).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })

    const saveOutside = refusedAs(DRIVE_MSG.saveOutside)
    expect(await admin('backup.create', { targetDir: outbox })).toMatchObject(saveOutside)
    expect(await admin('township.export', { dir: outbox })).toMatchObject(saveOutside)
    expect(readdirSync(outbox).sort()).toEqual(packages)

    expect(await listed(home)).toEqual([])
  })
})
