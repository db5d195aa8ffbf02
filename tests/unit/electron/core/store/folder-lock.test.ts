/**
 * One owner of the data folder (#13.4): a second core on the same folder is refused in Chinese
 * and touches nothing; a lock left by a killed process or from before a reboot is taken over;
 * closing a core releases it.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, readdir, readFile, utimes, writeFile } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openCore, type Core } from '../../../../../electron/core/core'
import { FolderBusy, LOCK_FILE, lockFolder } from '../../../../../electron/core/store/folder-lock'
import { removeTempDir } from '../../../temp-dir'

let dir: string
const cores: Core[] = []
const now = () => new Date('2026-03-05T08:00:00.000Z')
const open = async () => {
  const core = await openCore({ dir, now })
  cores.push(core)
  return core
}
const notice = (id: string) => ({
  actor: null,
  action: 'notices.save',
  entity: 'notices',
  id,
  puts: [{ coll: 'notices' as const, id, value: { id, title: '停水通知' } }],
})

/** Every file of the folder with its bytes. */
async function snapshot(): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  for (const n of (await readdir(dir)).sort()) out.set(n, await readFile(join(dir, n), 'latin1'))
  return out
}

/** The pid of a process that has already exited. */
function deadPid(): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' })
    child.on('error', reject)
    child.on('exit', () => resolve(child.pid!))
  })
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'folder-lock-'))
})
afterEach(async () => {
  for (const c of cores.splice(0)) await c.close()
  removeTempDir(dir)
})

describe('the data folder lock', () => {
  it('refuses a second core on the same folder, which touches nothing; the first goes on', async () => {
    const first = await open()
    await first.store.commit(notice('n1'))
    await first.store.flush()
    const before = await snapshot()
    const second = openCore({ dir, now, demo: true })
    await expect(second).rejects.toBeInstanceOf(FolderBusy)
    await expect(second).rejects.toThrow('另一个村务公开程序')
    expect(await snapshot()).toEqual(before)
    await first.store.commit(notice('n2'))
    await first.close()
    cores.splice(0)
    const again = await open()
    expect(
      again.store
        .all('notices')
        .map((n) => n.id)
        .sort(),
    ).toEqual(['n1', 'n2'])
    expect(again.store.alerts()).toEqual([])
  })

  it('is released on close, so the next start opens the folder', async () => {
    await (await open()).close()
    cores.splice(0)
    expect(await readdir(dir)).not.toContain(LOCK_FILE)
    await expect(open()).resolves.toBeDefined()
  })

  it('refuses while another running process holds it', async () => {
    const owner = { pid: process.ppid, host: hostname(), boot: 0, at: '', token: 'x' }
    const self = await lockFolder(dir)
    const mine = JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')) as typeof owner
    await self.release()
    await writeFile(join(dir, LOCK_FILE), JSON.stringify({ ...mine, pid: owner.pid }))
    await expect(lockFolder(dir)).rejects.toThrow(`进程 ${owner.pid}`)
  })

  it.each([
    ['its process is gone (a killed crash-trial child)', 'pid'],
    ['the machine has rebooted since', 'boot'],
    ['its pid runs but it was not touched for minutes (a pid reused after a crash)', 'age'],
  ])('is taken over when %s', async (_why, what) => {
    const self = await lockFolder(dir)
    const mine = JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')) as Record<string, unknown>
    await self.release()
    const stale =
      what === 'pid'
        ? { ...mine, pid: await deadPid() }
        : what === 'boot'
          ? {
              ...mine,
              pid: process.ppid,
              boot: 1,
              bootId: mine.bootId ? 'another-boot' : undefined,
            }
          : { ...mine, pid: process.ppid }
    await writeFile(join(dir, LOCK_FILE), JSON.stringify(stale))
    if (what === 'age') {
      const then = new Date(Date.now() - 5 * 60_000)
      await utimes(join(dir, LOCK_FILE), then, then)
    }
    const core = await open()
    await core.store.commit(notice('n1'))
    const now = JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')) as { pid: number }
    expect(now.pid).toBe(process.pid)
  })
})

describe('the lock across a folder swap', () => {
  it('is still held after leaving the demo moved every file of the folder away', async () => {
    const core = await openCore({ dir, now, demo: true, demoYears: 1 })
    cores.push(core)
    const admin = core.store.all('users').find((u) => u.role === 'admin')!
    const login = await core.invoke('auth.login', { name: admin.name, password: '333333' }, 'w')
    expect(login.ok).toBe(true)
    const left = await core.invoke('setup.leaveDemo', { confirm: true }, 'w')
    expect(left.ok).toBe(true)
    // On disk, for other programs (this process alone would refuse a second core anyway).
    const owner = JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')) as { pid: number }
    expect(owner.pid).toBe(process.pid)
    await expect(openCore({ dir, now })).rejects.toBeInstanceOf(FolderBusy)
  }, 60_000)
})
