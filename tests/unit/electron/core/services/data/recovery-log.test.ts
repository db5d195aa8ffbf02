/** Making a new backup recovery code is journaled (who, when) for 核验; the code never is. */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestCore, START, type TestCore } from '../auth/helpers'

let t: TestCore
beforeEach(async () => {
  t = await openTestCore(true)
})
afterEach(async () => t.close())

async function loginAs(role: 'admin' | 'supervisor', caller: string): Promise<string> {
  const who = (await t.ok('auth.roster', {})).find((r) => r.role === role)!
  await t.ok(
    'auth.login',
    { name: who.name, password: role === 'admin' ? '333333' : '222222' },
    caller,
  )
  return who.name
}

/** Every file in the data folder, as text. */
async function everyFile(): Promise<string> {
  const names = (await readdir(t.dir, { recursive: true, withFileTypes: true })).filter((d) =>
    d.isFile(),
  )
  const texts = await Promise.all(names.map((d) => readFile(join(d.parentPath, d.name), 'utf8')))
  return texts.join('\n')
}

describe('backup.newRecoveryCode is journaled', () => {
  it('names who made a code and when, newest first, for 核验; no file holds the code', async () => {
    const admin = await loginAs('admin', 'win')
    const seq = t.seq()
    const first = await t.ok('backup.newRecoveryCode', {}, 'win')
    t.advance(60_000)
    const second = await t.ok('backup.newRecoveryCode', {}, 'win')
    expect(t.seq()).toBe(seq + 2)

    await loginAs('supervisor', 'sup')
    const list = await t.ok('backup.recoveryCodes', {}, 'sup')
    expect(list).toEqual([
      { id: expect.any(String), at: second.at, actor: admin },
      { id: expect.any(String), at: first.at, actor: admin },
    ])
    expect(first.at).toBe(START)
    const [entry] = (await t.core.store.history('recoveryCodes', list[0]!.id)).slice(-1)
    expect(entry).toMatchObject({ action: 'backup.newRecoveryCode', actor: { name: admin } })

    // Neither code, with or without its dashes, is in the journal or any document. Documents are
    // written behind their journal lines: flushed first, so every one is whole on disk to read.
    await t.core.store.flush()
    const disk = await everyFile()
    for (const c of [first.code, second.code]) {
      expect(disk).not.toContain(c)
      expect(disk).not.toContain(c.replace(/-/g, ''))
    }
  })

  it('is for the supervisor and admin to read, not the clerk', async () => {
    const who = (await t.ok('auth.roster', {})).find((r) => r.role === 'clerk')!
    await t.ok('auth.login', { name: who.name, password: '111111' })
    const r = await t.call('backup.recoveryCodes', {})
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})
