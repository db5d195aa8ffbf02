import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openCore } from '../../../../../../electron/core/core'
import { verifyJournal } from '../../../../../../electron/core/store'
import { openTestCore, staffedCore, START, villageInput, type TestCore } from './helpers'

let t: TestCore
afterEach(async () => t?.close())

describe('first-run setup', () => {
  it('an empty village needs setup; setup creates the village, its members and the admin, logged in', async () => {
    t = await openTestCore()
    expect(await t.ok('setup.status', {})).toEqual({
      needsSetup: true,
      isDemo: false,
      mode: 'kiosk',
    })
    const r = await t.ok('setup.begin', villageInput())
    expect(r.user).toMatchObject({ name: '王建国', role: 'admin' })
    expect(await t.ok('auth.me', {})).toEqual(r.user)
    const v = await t.ok('village.get', {})
    expect(v).toMatchObject({ name: '新河村', township: '五烈镇', county: '东台市', isDemo: false })
    expect(v.members.map((m) => m.name).sort()).toEqual(['李秀英', '王建国', '陈立平'].sort())
    const admin = t.core.store.all('users')[0]!
    expect(admin.memberId).toBe(v.members.find((m) => m.name === '王建国')?.id)
    expect(await t.ok('setup.status', {})).toEqual({
      needsSetup: false,
      isDemo: false,
      mode: 'kiosk',
    })
  })

  it('refuses to run again once set up, from any window, changing nothing', async () => {
    t = await openTestCore()
    await t.ok('setup.begin', villageInput())
    const before = t.seq()
    const again = villageInput({ admin: { name: '入侵者', password: 'takeover1' } })
    const r = await t.call('setup.begin', again, 'another-window')
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(!r.ok && r.error.message).toContain('本村已经设置过')
    expect(t.seq()).toBe(before)
    expect(t.core.store.all('users').map((u) => u.name)).toEqual(['王建国'])
  })

  it('lets only one of two simultaneous setups through', async () => {
    t = await openTestCore()
    const [a, b] = await Promise.all([
      t.call('setup.begin', villageInput(), 'a'),
      t.call('setup.begin', villageInput({ admin: { name: '陈立平', password: 'other-pw' } }), 'b'),
    ])
    expect([a.ok, b.ok].sort()).toEqual([false, true])
    expect(t.core.store.all('users')).toHaveLength(1)
  }, 30_000)

  it('asks for a 监委 member and a 两委 member, with the reason next to the list', async () => {
    t = await openTestCore()
    const r = await t.call(
      'setup.begin',
      villageInput({ members: [{ name: '王建国', body: 'party', title: '书记' }] }),
    )
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
    expect(!r.ok && r.error.fields?.members).toBe('请至少填写一位村务监督委员会成员')
    expect(t.seq()).toBe(0)
  })

  it('is refused on the demo village', async () => {
    t = await openTestCore(true)
    expect(await t.ok('setup.status', {})).toEqual({
      needsSetup: false,
      isDemo: true,
      mode: 'kiosk',
    })
    const before = t.seq()
    const r = await t.call('setup.begin', villageInput())
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(t.seq()).toBe(before)
  }, 60_000)
})

describe('a village whose journal was cut off', () => {
  it('opens halted and says so; its lost accounts never reopen public setup', async () => {
    t = await staffedCore()
    await t.core.close()
    // The whole journal gone (deleted, or lost by the disk); the data files still say otherwise.
    await rm(join(t.dir, 'journal.jsonl'))
    await t.reopen()
    expect(await t.ok('setup.status', {}, 'kiosk')).toMatchObject({ needsSetup: false })
    expect(await t.ok('system.checkpoint', {}, 'kiosk')).toMatchObject({ halted: true })
    const r = await t.call(
      'setup.begin',
      villageInput({ admin: { name: '路人甲', password: 'mine-now-1' } }),
      'kiosk',
    )
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  }, 60_000)
})

describe('leaving the demo village', () => {
  it('moves the demo, journal and all, into a dated backup folder and starts empty', async () => {
    t = await openTestCore(true)
    const demoAdmin = t.core.store.all('users').find((u) => u.role === 'admin')!
    const demoName = t.core.store.get('village', 'profile')!.name
    const demoSeq = t.seq()
    await t.ok('auth.login', { name: demoAdmin.name, password: '333333' })
    const { backup } = await t.ok('setup.leaveDemo', { confirm: true })
    // Named on the village's clock, 09:30 in 东台, whatever zone the test machine runs in.
    expect(START).toBe('2026-11-25T01:30:00.000Z')
    expect(backup).toBe('demo-backup-20261125-093000')
    // The backup holds the whole demo: its journal still verifies, to the same head.
    const saved = join(t.dir, backup)
    expect(await readdir(saved)).toEqual(
      expect.arrayContaining(['journal.jsonl', 'village.json', 'users.json']),
    )
    expect(await verifyJournal(saved)).toMatchObject({ ok: true, head: { seq: demoSeq } })
    // The data folder now holds only the new journal and the backup.
    const left = (await readdir(t.dir)).filter((n) => !n.startsWith('demo-backup-'))
    expect(left).not.toContain('village.json')
    expect(t.seq()).toBe(1)
    expect(await t.ok('setup.status', {})).toEqual({
      needsSetup: true,
      isDemo: false,
      mode: 'kiosk',
    })
    expect(await t.ok('auth.me', {})).toBeNull()
    expect(await t.ok('auth.roster', {})).toEqual([])
    // A restart must not bring the demo back, and the real village never mentions it.
    await t.reopen()
    expect(await t.ok('setup.status', {})).toEqual({
      needsSetup: true,
      isDemo: false,
      mode: 'kiosk',
    })
    await t.ok('setup.begin', villageInput())
    const journal = await readFile(join(t.dir, 'journal.jsonl'), 'utf8')
    expect(journal).not.toContain(demoName)
    expect(journal).not.toContain(demoAdmin.name)
    expect((await t.ok('village.get', {})).name).toBe('新河村')
  }, 60_000)

  it('is refused for a real village and for a clerk', async () => {
    t = await openTestCore(true)
    const clerk = t.core.store.all('users').find((u) => u.role === 'clerk')!
    await t.ok('auth.login', { name: clerk.name, password: '111111' }, 'c')
    const before = t.seq()
    expect(await t.call('setup.leaveDemo', { confirm: true }, 'c')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    expect(t.seq()).toBe(before)
    await t.close()
    t = await openTestCore()
    await t.ok('setup.begin', villageInput())
    const r = await t.call('setup.leaveDemo', { confirm: true })
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  }, 60_000)
})

describe('the first screen is decided by one answer', () => {
  it('setup.status says township on an app started as the 乡镇汇总 console', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'setup-township-'))
    const core = await openCore({ dir: join(dir, 'data'), townshipInbox: join(dir, 'inbox') })
    try {
      expect(await core.invoke('setup.status', {}, 'win')).toEqual({
        ok: true,
        data: { needsSetup: true, isDemo: false, mode: 'township' },
      })
    } finally {
      await core.close()
      await rm(dir, { recursive: true, force: true })
    }
  })
})
