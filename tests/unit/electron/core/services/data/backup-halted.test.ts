/**
 * How a cadre recovers from a journal that failed its check (#12.4): the kiosk is halted and
 * refuses saves, but the admin can still log in and restore a backup, after which the village
 * is whole again and the tampered journal is kept among what the restore replaced.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { eachCoreWithUsb, loginAs } from './usb-core'

const env = eachCoreWithUsb()

describe('a halted kiosk', () => {
  it('refuses saves, yet the admin can log in and restore a backup to make it whole', async () => {
    await loginAs(env.t, 'admin')
    await env.t.ok('backup.newRecoveryCode', {})
    const made = await env.t.ok('backup.create', { targetDir: env.usb })
    await env.t.ok('members.save', { name: '钱秋实', body: 'supervision', title: '监委委员' })
    const path = join(env.t.dir, 'journal.jsonl')
    const lines = (await readFile(path, 'utf8')).split('\n')
    const last = lines.length - 2
    lines[last] = lines[last]!.replace('钱秋实', '钱秋石')
    await writeFile(path, lines.join('\n'))
    const tampered = await readFile(path)
    await env.t.reopen()
    expect(env.t.core.store.halted()).toMatchObject({ seq: last, line: last + 1 })

    await loginAs(env.t, 'admin')
    const refused = await env.t.call('members.save', {
      name: '孙冬青',
      body: 'party',
      title: '委员',
    })
    expect(refused).toMatchObject({ ok: false, error: { code: 'STORAGE' } })
    expect(refused.ok ? '' : refused.error.message).toContain('由管理员从备份恢复')

    const done = await env.t.ok('backup.restore', { archivePath: made.path, confirm: true })
    expect(done.journalSeq).toBe(made.journalSeq)
    expect(env.t.core.store.halted()).toBeNull()
    // The restore is itself journaled (#12.6): one line past the archive's head.
    expect(env.t.seq()).toBe(made.journalSeq + 1)
    const checkpoint = await env.t.ok('system.checkpoint', {})
    expect(checkpoint.halted).toBeUndefined()
    const replaced = (await readdir(env.t.dir)).filter((n) => n.startsWith('replaced-'))
    expect(replaced).toHaveLength(1)
    expect(await readFile(join(env.t.dir, replaced[0]!, 'journal.jsonl'))).toEqual(tampered)
  }, 60_000)

  it('refuses a new backup in plain words, writing nothing to the stick', async () => {
    await loginAs(env.t, 'admin')
    await env.t.ok('backup.newRecoveryCode', {})
    await env.t.ok('members.save', { name: '钱秋实', body: 'supervision', title: '监委委员' })
    const path = join(env.t.dir, 'journal.jsonl')
    await writeFile(path, (await readFile(path, 'utf8')).replace('钱秋实', '钱秋石'))
    await env.t.reopen()
    expect(env.t.core.store.halted()).not.toBeNull()

    await loginAs(env.t, 'admin')
    const r = await env.t.call('backup.create', { targetDir: env.usb })
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: '记录核验未通过，不能备份被改动过的记录；请先用以前的备份恢复',
      },
    })
    expect(await readdir(env.usb)).toEqual([])
  }, 60_000)
})
