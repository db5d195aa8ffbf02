/**
 * History taken back is said: a package (or a whole village folder) the console saw before and
 * no longer finds is a problem on the console, whether a file was deleted or the village
 * restored an older backup and its outbox followed.
 */
import { cp, mkdir, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openCore, type Core } from '../../../../../electron/core/core'
import { townshipOverview } from '../../../../../electron/core/township/console'
import { publishMonth, signingVillage, twoMonthsPublished, type SigningVillage } from './village'

const NOW = new Date('2026-12-12T02:00:00.000Z')

async function must<T = Record<string, unknown>>(
  core: Core,
  method: string,
  input: unknown,
  caller: string,
): Promise<T> {
  const r = await core.invoke(method, input, caller)
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
  return r.data as T
}

describe('packages that disappear from the inbox', () => {
  let v: SigningVillage
  let n = 0
  beforeAll(async () => {
    v = await twoMonthsPublished()
  }, 60_000)
  afterAll(async () => {
    await v.close()
  })

  /** A fresh inbox and console state, the village's outbox copied in as folder 'v'. */
  async function inbox() {
    const root = join(v.root, `inbox-${++n}`)
    await cp(v.outbox, join(root, 'v'), { recursive: true })
    return { root, state: join(v.root, `state-${n}`) }
  }

  it('a package seen before and then deleted is said, and the village is no longer ok', async () => {
    const { root, state } = await inbox()
    const first = await townshipOverview(root, state, NOW)
    expect(first.problems).toEqual([])
    expect(first.villages[0]).toMatchObject({ ok: true, lastSeq: 2 })
    await rm(join(root, 'v', '00000002.json'))
    const later = await townshipOverview(root, state, NOW)
    expect(later.villages[0]!.ok).toBe(false)
    expect(later.problems).toMatchObject([{ folder: 'v', kind: 'missing', seq: 2 }])
    expect(later.problems[0]!.message).toContain('第 2 个包以前收到过，现在不见了')
  })

  it('a village folder seen before and then removed is said, not just left out', async () => {
    const { root, state } = await inbox()
    expect((await townshipOverview(root, state, NOW)).villages).toHaveLength(1)
    await rm(join(root, 'v'), { recursive: true })
    const later = await townshipOverview(root, state, NOW)
    expect(later.villages).toEqual([])
    expect(later.problems).toMatchObject([{ folder: 'v', kind: 'missing', seq: null }])
    expect(later.problems[0]!.message).toContain('以前收到过 2 个包，现在整个不见了')
  })

  it('a folder never seen before with fewer packages is no problem', async () => {
    const { root, state } = await inbox()
    await rm(join(root, 'v', '00000002.json'))
    const first = await townshipOverview(root, state, NOW)
    expect(first.problems).toEqual([])
    expect(first.villages[0]).toMatchObject({ ok: true, lastSeq: 1 })
  })
})

describe('a village that restores an older backup', () => {
  it('shows on the console as history taken back, then as a fork once it publishes anew', async () => {
    const v = await signingVillage()
    let restarted: Core | undefined
    try {
      const admin = v.core.store.all('users').find((u) => u.role === 'admin')!
      await must(v.core, 'auth.login', { name: admin.name, password: '333333' }, 'admin')
      await must(v.core, 'backup.newRecoveryCode', {}, 'admin')
      await publishMonth(v.core, '2026-10', { summary: '十月办公用品', amountFen: 30_000 })
      const usb = join(v.drives, 'usb')
      await mkdir(usb, { recursive: true })
      const made = await must<{ path: string }>(
        v.core,
        'backup.create',
        { targetDir: usb },
        'admin',
      )
      v.setNow('2026-12-02T02:00:00.000Z')
      await publishMonth(v.core, '2026-11', { summary: '十一月电费', amountFen: 70_000 })
      const inbox = join(v.root, 'inbox')
      const state = join(v.root, 'state')
      // Syncthing mirrors the outbox: files gone from it go from the inbox too.
      const sync = async () => {
        await rm(join(inbox, 'v'), { recursive: true, force: true })
        await cp(v.outbox, join(inbox, 'v'), { recursive: true })
      }
      await sync()
      expect((await townshipOverview(inbox, state, NOW)).villages[0]).toMatchObject({
        ok: true,
        lastSeq: 2,
      })
      await must(v.core, 'auth.login', { name: admin.name, password: '333333' }, 'admin')
      await must(v.core, 'backup.restore', { archivePath: made.path, confirm: true }, 'admin')
      await v.core.close()
      restarted = await openCore({
        dir: v.dataDir,
        now: () => new Date('2026-12-03T00:00:00.000Z'),
        signing: { keyDir: v.keyDir, outbox: v.outbox },
      })
      await sync()
      expect(await readdir(join(inbox, 'v'))).not.toContain('00000002.json')
      const later = await townshipOverview(inbox, state, NOW)
      // Taken back in the village, not in the township's view: the row keeps November as first
      // seen (from the archive), with the package said as gone.
      expect(later.villages[0]).toMatchObject({ ok: false, lastSeq: 2, lastPeriod: '2026-11' })
      expect(later.problems).toMatchObject([{ kind: 'missing', seq: 2 }])
      // The village publishes November again: a second version of package 2.
      await publishMonth(restarted, '2026-11', { summary: '十一月电费（改）', amountFen: 1_000 })
      await sync()
      const after = await townshipOverview(inbox, state, NOW)
      expect(after.villages[0]!.ok).toBe(false)
      expect(after.problems.map((p) => p.kind)).toContain('fork')
    } finally {
      await restarted?.close()
      await v.close()
    }
  }, 90_000)
})
