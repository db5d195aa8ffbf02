import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { hashUnpeppered } from '../../../../../../electron/core/services/auth/password'
import { staffedCore, type TestCore } from './helpers'

let t: TestCore
afterEach(async () => t?.close())

const DAY = 86_400_000

/** An account's PIN hash as the users document on disk holds it. */
async function hashOnDisk(name: string): Promise<string> {
  const text = JSON.stringify(JSON.parse(await readFile(join(t.dir, 'users.json'), 'utf8')))
  const m = new RegExp(`"name":"${name}"[^}]*?"passwordHash":"([^"]+)"`).exec(text)
  if (!m) throw new Error(`no hash for ${name} in users.json`)
  return m[1]!
}

describe('pepper upgrade at login', () => {
  it('an old unpeppered 监委 hash logs in, is peppered on disk, logs in again, with no 监委 notice', async () => {
    t = await staffedCore()
    // A 监委 account whose PIN hash dates from before peppering (as an old journal holds it).
    const sup = t.core.store.all('users').find((u) => u.name === '陈立平')!
    const old = await hashUnpeppered('528406')
    await t.core.store.commit({
      actor: null,
      action: 'auth.saveUser',
      entity: 'users',
      id: sup.id,
      puts: [{ coll: 'users', id: sup.id, value: { ...sup, passwordHash: old } }],
    })
    await t.reopen()
    expect(await hashOnDisk('陈立平')).toBe(old)
    t.advance(40 * DAY)
    await t.ok('auth.login', { name: '王建国', password: 'admin-pass-1' }, 'admin')
    const events = await t.ok('audit.accounts', {}, 'admin')
    const notice = await t.ok('auth.supervisorChange', {})
    const seq = t.seq()

    const first = await t.ok('auth.login', { name: '陈立平', password: '528406' }, 'kiosk')
    expect(first.user).toMatchObject({ name: '陈立平', role: 'supervisor' })
    await t.reopen()
    const upgraded = await hashOnDisk('陈立平')
    expect(upgraded).toMatch(/^pscrypt\$[a-f0-9]{16}\$scrypt\$/)
    expect(t.seq()).toBe(seq + 1)
    const [entry] = await t.core.store.history('users', sup.id).then((h) => h.slice(-1))
    expect(entry).toMatchObject({ action: 'auth.pepperUpgrade', actor: null })

    // Not a 监委 account change: nothing new in 核验's account list, no public notice.
    await t.ok('auth.login', { name: '王建国', password: 'admin-pass-1' }, 'admin')
    expect(await t.ok('audit.accounts', {}, 'admin')).toEqual(events)
    expect(await t.ok('auth.supervisorChange', {})).toEqual(notice)

    // Logs in again with the same PIN; a wrong one still fails; nothing more is written.
    const again = await t.call('auth.login', { name: '陈立平', password: '528406' }, 'kiosk')
    expect(again.ok).toBe(true)
    expect(await hashOnDisk('陈立平')).toBe(upgraded)
    const wrong = await t.call('auth.login', { name: '陈立平', password: '222223' }, 'k2')
    expect(wrong).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })

  it('a peppered hash is left as it is at login (no journal entry)', async () => {
    t = await staffedCore()
    const seq = t.seq()
    await t.ok('auth.login', { name: '李秀英', password: '417395' }, 'kiosk')
    expect(t.seq()).toBe(seq)
  })
})
