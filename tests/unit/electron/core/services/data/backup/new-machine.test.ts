/**
 * A backup on a lost USB stick gives nothing away, and the village's real recovery works: a new
 * machine (its own data and secrets folders) opens it with the printed recovery code, and the
 * accounts' PINs, peppered on the old machine, still log in there.
 */
import { readFile, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { plugUsb } from '../../../../../fakes/drives'
import { openTestCore, type TestCore } from '../../auth/helpers'

let a: TestCore
let b: TestCore
let usb: string
beforeEach(async () => {
  a = await openTestCore(true)
  b = await openTestCore(true)
  usb = await plugUsb('usb-')
})
afterEach(async () => {
  await a.close()
  await b.close()
  await rm(usb, { recursive: true, force: true })
})

async function admin(t: TestCore) {
  const name = (await t.ok('auth.roster', {})).find((r) => r.role === 'admin')!.name
  await t.ok('auth.login', { name, password: '333333' })
}

describe('an encrypted backup moves to a new machine with the recovery code', () => {
  it('holds nothing readable; the new machine needs the code; the old PINs work there', async () => {
    await admin(a)
    await a.ok('auth.saveUser', { name: '王小燕', role: 'clerk', password: '246810' })
    const { code } = await a.ok('backup.newRecoveryCode', {})
    const made = await a.ok('backup.create', { targetDir: usb })

    // What a finder of the stick sees: no names, no phones, no PIN hashes, in any file.
    for (const f of [made.path, ...(await filesUnder(join(usb, 'attachments')))]) {
      const raw = await readFile(f, 'latin1')
      expect(raw).not.toContain(Buffer.from('王小燕').toString('latin1'))
      expect(raw).not.toContain('scrypt$')
      expect(raw).not.toContain('passwordHash')
    }

    await admin(b)
    const check = await b.ok('backup.inspect', { archivePath: made.path })
    expect(check).toMatchObject({ ok: false, needsCode: true })
    const noCode = await b.call('backup.restore', { archivePath: made.path, confirm: true })
    expect(noCode.ok ? '' : noCode.error.message).toContain('请输入打印的恢复码')
    const wrong = await b.call('backup.restore', {
      archivePath: made.path,
      confirm: true,
      recoveryCode: code.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')),
    })
    expect(wrong.ok ? '' : wrong.error.message).toContain('恢复码不对')
    const bSeq = b.seq()
    expect(bSeq).toBeGreaterThan(0)

    const typed = code.toLowerCase().replace(/-/g, ' ')
    expect(
      await b.ok('backup.inspect', { archivePath: made.path, recoveryCode: typed }),
    ).toMatchObject({
      ok: true,
    })
    await b.ok('backup.restore', { archivePath: made.path, confirm: true, recoveryCode: typed })
    expect(b.seq()).toBe(made.journalSeq + 1)
    const login = await b.ok('auth.login', { name: '王小燕', password: '246810' })
    expect(login.user.role).toBe('clerk')
    // And after a restart of the new machine too.
    await b.reopen()
    await b.ok('auth.login', { name: '王小燕', password: '246810' })
  })
})

describe('a new recovery code, made because the old one leaked or was lost', () => {
  it('does not open the backups made after it; old backups still restore on this machine', async () => {
    await admin(a)
    const first = await a.ok('backup.newRecoveryCode', {})
    const before = await a.ok('backup.create', { targetDir: usb })
    const second = await a.ok('backup.newRecoveryCode', {})
    expect(second.keyId).not.toBe(first.keyId)
    const after = await a.ok('backup.create', { targetDir: usb })

    // A finder holding the old paper gets nothing of what came after.
    await admin(b)
    const leaked = await b.call('backup.inspect', {
      archivePath: after.path,
      recoveryCode: first.code,
    })
    expect(leaked.ok && leaked.data).toMatchObject({ ok: false, needsCode: true })
    expect(
      await b.ok('backup.inspect', { archivePath: after.path, recoveryCode: second.code }),
    ).toMatchObject({ ok: true })
    // The older backup still opens with the code printed when it was made.
    expect(
      await b.ok('backup.inspect', { archivePath: before.path, recoveryCode: first.code }),
    ).toMatchObject({ ok: true })
    // This machine still opens both without any code: it keeps its earlier keys.
    expect(await a.ok('backup.inspect', { archivePath: before.path })).toMatchObject({ ok: true })
    expect(await a.ok('backup.inspect', { archivePath: after.path })).toMatchObject({ ok: true })
    await a.ok('backup.restore', { archivePath: before.path, confirm: true })
    expect(a.seq()).toBe(before.journalSeq + 1)
  })
})

async function filesUnder(dir: string): Promise<string[]> {
  return (await readdir(dir).catch(() => [] as string[])).map((n) => join(dir, n))
}
