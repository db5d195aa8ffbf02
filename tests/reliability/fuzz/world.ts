/**
 * The village a fuzz run attacks: the real core on a copy of the demo folder, with one
 * logged-in window per role. A call that logs a role out, locks its account or leaves the
 * demo is legitimate; the world then logs in again, or starts over from a fresh copy.
 */
import { readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Role } from '../../../contract'
import { openCore, type Core } from '../../../electron/core/core'
import { DEMO_LOGINS } from '../../../electron/core/demo/users'
import { secretsDirFor } from '../../../electron/core/secrets'
import { CHILD_NOW, copyTemplate } from '../crash-template'
import type { Pools } from './schema-arb'

/** Who calls: nobody logged in, or a cadre of one role. */
export type CallerKind = 'public' | Role
export const CALLERS: readonly CallerKind[] = ['public', 'clerk', 'supervisor', 'admin']

const POOL_KEYS = new Set(['id', 'key', 'receipt', 'period', 'name', 'title'])

export class FuzzWorld {
  private constructor(
    private readonly template: string,
    public dir: string,
    public core: Core,
    private readonly clock: { t: number },
    private serial = 0,
  ) {}

  static async create(template: string): Promise<FuzzWorld> {
    const dir = await copyTemplate(template)
    const clock = { t: Date.parse(CHILD_NOW) }
    const core = await openCore({ dir, now: () => new Date(clock.t) })
    return new FuzzWorld(template, dir, core, clock)
  }

  /** The caller key to use: a fresh window for the public, a logged-in one for a role. */
  async caller(kind: CallerKind): Promise<string> {
    if (kind === 'public') return `public-${++this.serial}`
    const key = `fuzz-${kind}`
    const me = await this.core.invoke('auth.me', {}, key)
    if (me.ok && (me.data as { role?: string } | null)?.role === kind) return key
    if (await this.logIn(kind, key)) return key
    await this.restart()
    if (await this.logIn(kind, key)) return key
    throw new Error(`fuzz: 新的演示村里也无法以 ${kind} 身份登录`)
  }

  private async logIn(kind: Role, key: string): Promise<boolean> {
    const login = DEMO_LOGINS.find((l) => l.role === kind)
    const roster = await this.core.invoke('auth.roster', {}, key)
    const list = roster.ok ? (roster.data as Array<{ name: string; role: string }>) : []
    const name = list.find((r) => r.role === kind)?.name
    if (!login || !name) return false
    let r = await this.core.invoke('auth.login', { name, password: login.pin }, key)
    if (!r.ok && (r.error.code === 'LOCKED' || r.error.code === 'RATE_LIMITED')) {
      // Wait the account lock or the screen's back-off out (fuzzed wrong passwords cause both).
      this.clock.t += 2 * 3600_000
      r = await this.core.invoke('auth.login', { name, password: login.pin }, key)
    }
    return r.ok && (r.data as { user: { role: string } }).user.role === kind
  }

  /** Starts over from a fresh copy of the demo village. */
  async restart(): Promise<void> {
    await this.close()
    this.dir = await copyTemplate(this.template)
    this.core = await openCore({ dir: this.dir, now: () => new Date(this.clock.t) })
  }

  /** Real ids, keys and names in the folder's documents, for inputs that hit real records. */
  async pools(): Promise<Pools> {
    await this.core.store.flush() // documents are written behind the journal
    const values = new Set<string>()
    for (const name of await readdir(this.dir)) {
      if (!/^[a-z][A-Za-z]*(-\d{4})?\.json$/.test(name)) continue
      const doc = JSON.parse(await readFile(join(this.dir, name), 'utf8')) as {
        data: Record<string, Record<string, Record<string, unknown>>>
      }
      for (const records of Object.values(doc.data)) {
        for (const [id, rec] of Object.entries(records).slice(0, 400)) {
          values.add(id)
          for (const [k, v] of Object.entries(rec ?? {})) {
            if (POOL_KEYS.has(k) && typeof v === 'string' && v.length <= 64) values.add(v)
          }
        }
      }
    }
    const day = (d: number) => new Date(this.clock.t - d * 86_400_000).toISOString().slice(0, 10)
    return {
      values: [...values, 'x'],
      // The demo PINs are too easy to be set as new ones: one that is not, so a fuzzed account
      // change or PIN change can also go through.
      passwords: [...DEMO_LOGINS.map((l) => l.pin), '000000', '402718'],
      dates: [0, 1, 7, 30, 90, 400, -1, -30].map(day),
    }
  }

  async close(): Promise<void> {
    await this.core.close()
    await rm(this.dir, { recursive: true, force: true })
    await rm(secretsDirFor(this.dir), { recursive: true, force: true })
  }
}
