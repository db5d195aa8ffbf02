import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  autoBackupDir,
  readAutoStatus,
  runAutoBackup,
  startAutoBackups,
} from '../../../../../../../electron/core/services/data/backup/auto'
import {
  archiveName,
  timeOfName,
} from '../../../../../../../electron/core/services/data/backup/summary'
import { NOW, demoFolder, type Folder } from './folder'

let f: Folder
let autoDir: string
beforeEach(async () => {
  f = await demoFolder()
  autoDir = autoBackupDir(f.dataDir)
})
afterEach(async () => {
  await f.cleanup()
})

const day = (n: number) => new Date(NOW.getTime() - n * 86_400_000)

describe('automatic backups', () => {
  it('sit beside the data folder, never inside it', () => {
    expect(autoDir).toBe(`${f.dataDir}-backups`)
  })

  it('one a day: a second run the same day makes none', async () => {
    const first = await runAutoBackup({ dataDir: f.dataDir, autoDir, now: NOW, secrets: f.secrets })
    expect(first.created?.automatic).toBe(true)
    const later = await runAutoBackup({
      dataDir: f.dataDir,
      autoDir,
      now: new Date(NOW.getTime() + 3_600_000),
      secrets: f.secrets,
    })
    expect(later.created).toBeUndefined()
    expect((await readdir(autoDir)).filter((n) => n.endsWith('.cwbak'))).toHaveLength(1)
    expect(await readAutoStatus(autoDir)).toMatchObject({ ok: true })
  })

  it('days turn at the village midnight (UTC+8) and names carry the village time', async () => {
    const runAt = (iso: string) =>
      runAutoBackup({ dataDir: f.dataDir, autoDir, now: new Date(iso), secrets: f.secrets })
    const evening = await runAt('2026-11-25T15:30:00.000Z') // 23:30 on 11月25日 in the village
    expect(evening.created?.fileName).toMatch(/cunwu-auto-20261125-233000-s\d+\.cwbak$/)
    const pastMidnight = await runAt('2026-11-25T16:30:00.000Z') // 00:30 on 11月26日 there
    expect(pastMidnight.created?.fileName).toMatch(/cunwu-auto-20261126-003000-s\d+\.cwbak$/)
    expect(timeOfName(pastMidnight.created!.fileName)?.toISOString()).toBe(
      '2026-11-25T16:30:00.000Z',
    )
  })

  it('rotates older ones away (7 daily, 4 weekly) and clears leftover partial files', async () => {
    await mkdir(autoDir, { recursive: true })
    for (let n = 1; n <= 40; n++) await writeFile(join(autoDir, archiveName(day(n), n, true)), '')
    await writeFile(join(autoDir, `.${archiveName(day(1), 0, true)}.partial`), 'half')
    await writeFile(join(autoDir, archiveName(day(3), 3, false)), 'a manual backup stays')
    const run = await runAutoBackup({ dataDir: f.dataDir, autoDir, now: NOW, secrets: f.secrets })
    expect(run.created).toBeDefined()
    const left = (await readdir(autoDir)).filter((n) => n.endsWith('.cwbak')).sort()
    const autos = left.filter((n) => n.startsWith('cunwu-auto-'))
    // Today and the 6 days before it, plus the newest of the 2 weeks before those (4 weeks in all).
    expect(autos).toHaveLength(9)
    expect(left.filter((n) => n.startsWith('cunwu-backup-'))).toHaveLength(1)
    expect(run.removed).toHaveLength(32)
    expect((await readdir(autoDir)).some((n) => n.endsWith('.partial'))).toBe(false)
  })

  it('a failure is written down for the admin screen', async () => {
    await writeFile(join(f.dataDir, 'journal.jsonl'), 'broken\n')
    await expect(
      runAutoBackup({ dataDir: f.dataDir, autoDir, now: NOW, secrets: f.secrets }),
    ).rejects.toThrow()
    const status = await readAutoStatus(autoDir)
    expect(status).toMatchObject({ ok: false })
    expect(status?.message).toContain('变更日志 journal.jsonl 校验失败')
  })

  it("a disk failure is written down in Chinese, never in Node's English", async () => {
    // A folder where a leftover partial file should be: unlink fails with EISDIR.
    await mkdir(join(autoDir, '.cunwu-auto-stuck.partial', 'inside'), { recursive: true })
    await expect(
      runAutoBackup({ dataDir: f.dataDir, autoDir, now: NOW, secrets: f.secrets }),
    ).rejects.toThrow()
    const status = await readAutoStatus(autoDir)
    expect(status).toMatchObject({ ok: false })
    expect(status?.message).toBe(
      '自动备份失败：文件操作没有成功（代码 EISDIR），请重试或联系技术人员',
    )
  })

  it('wait while the village is between the demo and its setup (nothing of its own to keep)', async () => {
    let due = false
    const archives = async () =>
      (await readdir(autoDir).catch(() => [] as string[])).filter((n) => n.endsWith('.cwbak'))
    const ticks = (ms: number) => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval'] })
      const stop = startAutoBackups({
        dataDir: f.dataDir,
        secrets: f.secrets,
        now: () => NOW,
        due: () => due,
        firstDelayMs: 10,
        intervalMs: 1000,
      })
      vi.advanceTimersByTime(ms)
      stop()
      vi.useRealTimers()
    }
    ticks(2010) // the first check and two hourly ones
    // Time enough for a run begun by any of them to write its status (a backup takes far less).
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect({ status: await readAutoStatus(autoDir), archives: await archives() }).toEqual({
      status: null,
      archives: [],
    })
    due = true
    ticks(10)
    // The run's last step is its status: waited for, so nothing writes while the test ends.
    await vi.waitFor(async () => expect(await readAutoStatus(autoDir)).toMatchObject({ ok: true }))
    expect(await archives()).toHaveLength(1)
  })
})
