/**
 * When the journal is replaced (the demo left, or a restore), the outbox's old packages move to
 * a folder beside it (outbox-replaced-<time>). Those are packages this kiosk signed, kept as
 * the record of what it once sent: a file saved among them, or one taken away, would change
 * that record. The folder is the kiosk's own, like the outbox: never browsed, read or saved into.
 * A folder of the user's that only starts the same way (outbox-replaced-photos) is theirs.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DRIVE_MSG } from '../../../../../../contract'
import { publishMonth } from '../../township/village'
import { closedFolderKiosk, refusedAs, saveInto } from './closed-folder'

const kioskOnDrive = closedFolderKiosk('replaced-outbox-')

describe('the outbox’s replaced packages on a listed drive', () => {
  it('are never browsed, read, written, backed up or exported into, or listed', async () => {
    const k = kioskOnDrive()
    const { base, home } = k
    const signing = { keyDir: join(home, 'signing'), outbox: join(home, 'outbox') }
    await publishMonth(await k.open({ signing }), '2026-10', { summary: '演示时试着公开的账' })
    await k.core.close()
    // Another journal in the data folder: the first package of the new one retires the old.
    renameSync(join(home, 'data'), join(base, 'demo-data'))
    await publishMonth(await k.open({ signing }), '2026-10', { summary: '本村正式的账' })
    const aside = readdirSync(home).filter((n) => n.startsWith('outbox-replaced-'))
    expect(aside).toHaveLength(1)
    const folder = join(home, aside[0]!)
    const kept = readdirSync(folder).sort()
    expect(kept.length).toBeGreaterThan(0)
    await k.login()

    expect(await k.clerk('drives.browse', { path: folder })).toMatchObject(
      refusedAs(DRIVE_MSG.outside),
    )
    expect(await k.clerk('drives.read', { path: join(folder, kept[0]!) })).toMatchObject(
      refusedAs(DRIVE_MSG.outside),
    )
    const w = await k.clerk('drives.write', saveInto(folder, '99999999.json'))
    expect(w).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const saveOutside = refusedAs(DRIVE_MSG.saveOutside)
    expect(await k.admin('backup.create', { targetDir: folder })).toMatchObject(saveOutside)
    expect(await k.admin('township.export', { dir: folder })).toMatchObject(saveOutside)
    expect(readdirSync(folder).sort()).toEqual(kept)

    // The folder holding it lists none of the kiosk's own folders.
    expect(await k.listed(home)).toEqual([])
    expect(existsSync(join(home, 'outbox'))).toBe(true)
  })

  it('leave a user’s folder named like them alone: listed, opened, saved and backed up into', async () => {
    const k = kioskOnDrive()
    const { base, home } = k
    const signing = { keyDir: join(home, 'signing'), outbox: join(home, 'outbox') }
    // Beside the outbox, where the kiosk puts its own; and on a stick plugged in beside the disk.
    const stick = join(base, 'media', 'USB')
    const mine = [
      join(home, 'outbox-replaced-photos'),
      join(home, 'outbox-replaced-2026-11-25'),
      join(stick, 'outbox-replaced-photos'),
    ]
    for (const folder of mine) {
      mkdirSync(folder, { recursive: true })
      writeFileSync(join(folder, '记001.jpg'), 'photo')
    }
    await k.open({ signing })
    await k.login()

    expect(await k.listed(home)).toEqual(['outbox-replaced-2026-11-25', 'outbox-replaced-photos'])
    expect(await k.listed(stick)).toEqual(['outbox-replaced-photos'])
    for (const folder of mine) {
      expect(await k.listed(folder)).toEqual(['记001.jpg'])
      const photo = await k.clerk('drives.read', { path: join(folder, '记001.jpg') })
      expect(photo).toMatchObject({ ok: true, data: { name: '记001.jpg', bytes: 5 } })
      const w = await k.clerk('drives.write', saveInto(folder, '明细.json'))
      expect(w.ok).toBe(true)
      expect(readdirSync(folder).sort()).toEqual(['明细.json', '记001.jpg'].sort())
      const made = await k.admin('backup.create', { targetDir: folder })
      expect(made.ok).toBe(true)
      const path = made.ok ? (made.data as { path: string }).path : ''
      expect(dirname(path)).toBe(folder)
      expect(existsSync(path)).toBe(true)
    }
  })
})
