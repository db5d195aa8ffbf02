import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { diff } from '../../../../../../electron/core/services/auth/audit'
import { chooseOwnPin, openTestCore, staffedCore, type TestCore } from './helpers'

let t: TestCore
afterEach(async () => t?.close())

describe('audit.history', () => {
  it('shows who changed an account and how, never the hash', async () => {
    t = await staffedCore({ ownPins: false })
    const clerk = t.core.store.all('users').find((u) => u.name === '李秀英')!
    await t.call('auth.login', { name: '李秀英', password: '000000' }, 'c')
    // The confirming 监委 first chooses their own PIN (one the admin set confirms nothing).
    await chooseOwnPin(t, '陈立平', '528406', '528405')
    await t.ok('auth.saveUser', {
      id: clerk.id,
      name: '李秀英',
      role: 'supervisor',
      password: '983517',
      witness: { name: '陈立平', password: '528405' },
    })
    await t.ok('auth.login', { name: '李秀英', password: '983517' }, 'c')
    // The PIN the admin set must be changed before anything else.
    await t.ok('auth.changePassword', { current: '983517', next: '983516' }, 'c')
    const h = await t.ok('audit.history', { coll: 'users', id: clerk.id }, 'c')
    expect(h.map((i) => [i.actor, i.actionLabel, i.kind])).toEqual([
      ['王建国', '管理员保存账号', 'create'],
      [null, '登录时密码错误', 'update'],
      ['王建国', '管理员保存账号', 'update'],
      ['李秀英', '本人修改密码', 'update'],
    ])
    expect(h[1]!.summary).toBe('修改：密码错误次数')
    const change = h[2]!.changes
    expect(change).toEqual(
      expect.arrayContaining([
        { field: 'role', label: '角色', from: '录入员', to: '监委' },
        { field: 'passwordHash', label: '密码', from: '', to: '已更改' },
      ]),
    )
    expect(h[2]!.seq).toBeGreaterThan(h[1]!.seq)
    expect(JSON.stringify(h)).not.toMatch(/scrypt/)
  }, 60_000)

  it('says in words who besides the author changed a line, by name', () => {
    const clerk = { id: 'u-1', name: '吴春燕' }
    const admin = { id: 'u-2', name: '王建国' }
    const line = { amountFen: 100, createdBy: clerk }
    expect(diff(line, { ...line, amountFen: 200, editedBy: [admin] })).toEqual([
      { field: 'amountFen', label: '金额', from: '¥1.00', to: '¥2.00' },
      { field: 'editedBy', label: '改过的人', from: '（空）', to: '王建国' },
    ])
  })

  it('tells the demo load apart from people’s changes', async () => {
    t = await openTestCore(true)
    const clerk = t.core.store.all('users').find((u) => u.role === 'clerk')!
    await t.ok('auth.login', { name: clerk.name, password: '111111' })
    const h = await t.ok('audit.history', { coll: 'village', id: 'profile' })
    expect(h).toEqual([
      expect.objectContaining({
        actor: null,
        action: 'demo.load',
        actionLabel: '载入演示数据',
        summary: '新建这条记录',
      }),
    ])
    expect(await t.ok('audit.history', { coll: 'ledger', id: 'no-such-id' })).toEqual([])
  }, 60_000)
})

describe('audit.verify', () => {
  it('reports an intact chain, and the first altered entry with the reason in Chinese', async () => {
    t = await staffedCore({ ownPins: false })
    const good = await t.ok('audit.verify', {})
    // Every record of the three entries (village, settings, accounts and their events) checked.
    expect(good).toEqual({ ok: true, entries: 3, head: t.core.store.head(), records: 10 })
    // Someone edits the journal by hand: the setup entry now names another admin.
    const path = join(t.dir, 'journal.jsonl')
    const lines = (await readFile(path, 'utf8')).split('\n')
    lines[1] = lines[1]!.replace('"role":"clerk"', '"role":"admin"')
    await writeFile(path, lines.join('\n'))
    const bad = await t.ok('audit.verify', {})
    expect(bad).toMatchObject({
      ok: false,
      firstBad: { seq: 2, line: 2, reason: '第 2 行的内容与它的校验值不符（记录被改动）' },
    })
  }, 30_000)
})
