/**
 * How a cadre recovers from a journal that failed its check (#12.4): the kiosk is halted and
 * refuses saves, but the admin can still log in and restore a backup, after which the village
 * is whole again and the tampered journal is kept among what the restore replaced.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestCore, type TestCore } from '../auth/helpers'

let t: TestCore
let usb: string

async function loginAdmin(): Promise<void> {
  const roster = await t.ok('auth.roster', {})
  const who = roster.find((r) => r.role === 'admin')!
  await t.ok('auth.login', { name: who.name, password: '333333' })
}

beforeEach(async () => {
  t = await openTestCore(true)
  usb = await mkdtemp(join(tmpdir(), 'usb-'))
})
afterEach(async () => {
  await t.close()
  await rm(usb, { recursive: true, force: true })
})

describe('a halted kiosk', () => {
  it('refuses saves, yet the admin can log in and restore a backup to make it whole', async () => {
    await loginAdmin()
    const made = await t.ok('backup.create', { targetDir: usb })
    await t.ok('members.save', { name: '钱秋实', body: 'supervision', title: '监委委员' })
    const path = join(t.dir, 'journal.jsonl')
    const lines = (await readFile(path, 'utf8')).split('\n')
    const last = lines.length - 2
    lines[last] = lines[last]!.replace('钱秋实', '钱秋石')
    await writeFile(path, lines.join('\n'))
    const tampered = await readFile(path)
    await t.reopen()
    expect(t.core.store.halted()).toMatchObject({ seq: last, line: last + 1 })

    await loginAdmin()
    const refused = await t.call('members.save', { name: '孙冬青', body: 'party', title: '委员' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'STORAGE' } })
    expect(refused.ok ? '' : refused.error.message).toContain('由管理员从备份恢复')

    const done = await t.ok('backup.restore', { archivePath: made.path, confirm: true })
    expect(done.journalSeq).toBe(made.journalSeq)
    expect(t.core.store.halted()).toBeNull()
    expect(t.seq()).toBe(made.journalSeq)
    const checkpoint = await t.ok('system.checkpoint', {})
    expect(checkpoint.halted).toBeUndefined()
    const replaced = (await readdir(t.dir)).filter((n) => n.startsWith('replaced-'))
    expect(replaced).toHaveLength(1)
    expect(await readFile(join(t.dir, replaced[0]!, 'journal.jsonl'))).toEqual(tampered)
  }, 60_000)
})
