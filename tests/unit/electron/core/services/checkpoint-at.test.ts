/**
 * system.checkpointAt: the 核验码 at a number a villager noted earlier. The number keeps its hash
 * however far the journal moves on; a number past the head is refused in plain words and changes
 * nothing; a store halted at a changed line never answers past its last good entry.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Checkpoint, CheckpointAt, Result } from '../../../../../contract'
import { checkpointHash } from '../../../../../contract/checkpoint'
import { openCore, type Core } from '../../../../../electron/core/core'
import { createMemoryStore } from '../../../../../electron/core/store'
import { removeTempDir } from '../../../temp-dir'

const NOW = new Date('2026-11-25T01:30:00.000Z')
let dir: string
let core: Core | undefined

const open = async () => {
  core = await openCore({ dir, demo: true, demoYears: 1, now: () => NOW, recordsWatch: false })
  return core
}
const journal = () => join(dir, 'journal.jsonl')

async function ok<T>(r: Promise<Result<unknown>>): Promise<T> {
  const got = await r
  if (!got.ok) throw new Error(`${got.error.code} ${got.error.message}`)
  return got.data as T
}
const head = (c: Core) => ok<Checkpoint>(c.invoke('system.checkpoint', {}, 'kiosk'))
const at = (c: Core, seq: unknown) => c.invoke('system.checkpointAt', { seq }, 'kiosk')

async function addMember(c: Core, name: string): Promise<void> {
  const users = c.store.all('users' as never) as Array<{ name: string; role: string }>
  const admin = users.find((u) => u.role === 'admin')!.name
  await ok(c.invoke('auth.login', { name: admin, password: '333333' }, 'office'))
  await ok(c.invoke('members.save', { name, body: 'supervision', title: '监委委员' }, 'office'))
  await ok(c.invoke('auth.logout', {}, 'office'))
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'checkpoint-at-'))
  core = undefined
})
afterEach(async () => {
  await core?.close()
  removeTempDir(dir)
})

describe('system.checkpointAt', () => {
  it('answers the same 核验码 for a noted number after more changes and a restart', async () => {
    const c = await open()
    const noted = await head(c)
    await addMember(c, '钱秋实')
    await addMember(c, '孙冬青')
    const now = await head(c)
    expect(now.seq).toBeGreaterThan(noted.seq)

    const old = await ok<CheckpointAt>(at(c, noted.seq))
    expect(old).toEqual({ seq: noted.seq, hash: noted.hash, at: noted.at })
    expect(old.hash).toMatch(/^[0-9a-f]{16}$/)
    // The head itself answers what the footer shows.
    expect(await ok<CheckpointAt>(at(c, now.seq))).toEqual({
      seq: now.seq,
      hash: now.hash,
      at: now.at,
    })
    // Any number answers its own line's hash, the first one too.
    const lines = (await readFile(journal(), 'utf8')).split('\n')
    for (const seq of [1, 2, noted.seq - 1, noted.seq + 1]) {
      const e = JSON.parse(lines[seq - 1]!) as { seq: number; hash: string; at: string }
      expect(await ok<CheckpointAt>(at(c, seq))).toEqual({
        seq,
        hash: checkpointHash(e.hash),
        at: e.at,
      })
    }

    await c.close()
    const again = await open()
    expect(await ok<CheckpointAt>(at(again, noted.seq))).toEqual(old)
  }, 60_000)

  it('parses one line per call, not the whole journal', async () => {
    const c = await open()
    const { seq } = await head(c)
    expect(seq).toBeGreaterThan(10)
    const parse = vi.spyOn(JSON, 'parse')
    try {
      await ok(at(c, Math.floor(seq / 2)))
      expect(parse.mock.calls.length).toBeLessThanOrEqual(2)
    } finally {
      parse.mockRestore()
    }
  }, 60_000)

  it('refuses a number past the head in plain Chinese and changes nothing', async () => {
    const c = await open()
    const before = await head(c)
    const bytes = await readFile(journal())
    const r = await at(c, before.seq + 1)
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'NOT_FOUND',
        message: `还没有第 ${before.seq + 1} 号记录，现在最新是第 ${before.seq} 号`,
      },
    })
    expect(await head(c)).toEqual(before)
    expect(await readFile(journal())).toEqual(bytes)
    for (const bad of [0, -3, 1.5, '3', null]) {
      const refused = await at(c, bad)
      expect(refused.ok ? 'ok' : refused.error.code).toBe('BAD_INPUT')
    }
  }, 60_000)

  it('a changed journal line: the halted store answers up to the last good entry only', async () => {
    const c = await open()
    const noted = await head(c)
    await addMember(c, '钱秋实')
    await addMember(c, '孙冬青')
    const last = await head(c)
    await c.close()

    // Someone edits the line that added 钱秋实; the lines after it still hash right on their own.
    const lines = (await readFile(journal(), 'utf8')).split('\n')
    const bad = lines.findIndex((l) => l.includes('钱秋实')) + 1
    expect(bad).toBeGreaterThan(noted.seq)
    lines[bad - 1] = lines[bad - 1]!.replace('钱秋实', '钱秋石')
    await writeFile(journal(), lines.join('\n'))

    const halted = await open()
    const stop = bad - 1
    expect(halted.store.halted()).toMatchObject({ seq: stop })
    expect(await ok<CheckpointAt>(at(halted, noted.seq))).toEqual({
      seq: noted.seq,
      hash: noted.hash,
      at: noted.at,
    })
    expect((await ok<CheckpointAt>(at(halted, stop))).seq).toBe(stop)
    for (const seq of [bad, last.seq]) {
      const r = await at(halted, seq)
      expect(r).toEqual({
        ok: false,
        error: {
          code: 'NOT_FOUND',
          message: `记录核验未通过，已停在第 ${stop} 号，第 ${seq} 号不能核对，请联系村务监督委员会`,
        },
      })
    }
  }, 60_000)
})

describe('the memory store', () => {
  it('answers every number up to its head, and nothing past it', async () => {
    const store = createMemoryStore(() => NOW)
    const change = (id: string) => ({
      actor: null,
      action: 'projects.save',
      entity: 'projects',
      id,
      puts: [{ coll: 'projects' as const, id, value: { id } }],
    })
    const first = await store.commit(change('p1'))
    await store.commit(change('p2'))
    expect(await store.checkpointAt(1)).toEqual({
      seq: 1,
      hash: checkpointHash(first.hash),
      at: first.at,
    })
    expect(await store.checkpointAt(2)).toEqual(store.head())
    expect(await store.checkpointAt(3)).toBeNull()
    expect(await store.checkpointAt(0)).toBeNull()
  })
})
