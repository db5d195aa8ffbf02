/**
 * Backups that grow: attachments (the bulk) are copied to the target once and shared by hash,
 * rotation never deletes one still referenced, a short disk is refused up front in Chinese, and
 * nothing reads an archive or an attachment whole into memory.
 */
import { createHash } from 'node:crypto'
import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { runAutoBackup } from '../../../../../../../electron/core/services/data/backup/auto'
import { createBackup } from '../../../../../../../electron/core/services/data/backup/create'
import { inspectBackup } from '../../../../../../../electron/core/services/data/backup/list'
import { restoreBackup } from '../../../../../../../electron/core/services/data/backup/restore'
import { NOW, dataFilesOf, demoFolder, type Folder } from './folder'

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof fsp>()
  return { ...real, readFile: vi.fn(real.readFile) }
})
const { mkdir, readdir, rm, stat, truncate, writeFile } = fsp

let f: Folder
beforeEach(async () => {
  f = await demoFolder()
  vi.mocked(fsp.readFile).mockClear()
})
afterEach(async () => {
  await f.cleanup()
})

const sha = (b: string | Buffer) => createHash('sha256').update(b).digest('hex')
async function attach(text: string): Promise<string> {
  await mkdir(join(f.dataDir, 'attachments'), { recursive: true })
  const name = `${sha(text)}.jpg`
  await writeFile(join(f.dataDir, 'attachments', name), text)
  return name
}
const backup = (o: { statfs?: () => Promise<{ bavail: number; bsize: number }>; at?: Date } = {}) =>
  createBackup({
    dataDir: f.dataDir,
    targetDir: f.target,
    now: o.at ?? NOW,
    automatic: false,
    secrets: f.secrets,
    ...(o.statfs ? { statfs: o.statfs } : {}),
  })
const stored = async (dir: string) =>
  (await readdir(join(dir, 'attachments')).catch(() => [] as string[])).sort()

describe('attachments are stored once and shared by hash', () => {
  it('a second backup copies only the new attachment; both archives stay whole', async () => {
    await attach('PHOTO-1')
    await attach('PHOTO-2')
    const first = await backup()
    const files1 = await stored(f.target)
    expect(files1).toHaveLength(2)
    const before = await Promise.all(files1.map((n) => stat(join(f.target, 'attachments', n))))
    await attach('PHOTO-3')
    const second = await backup({ at: new Date(NOW.getTime() + 3_600_000) })
    const files2 = await stored(f.target)
    expect(files2).toHaveLength(3)
    const after = await Promise.all(files1.map((n) => stat(join(f.target, 'attachments', n))))
    expect(after.map((s) => [s.ino, s.mtimeMs])).toEqual(before.map((s) => [s.ino, s.mtimeMs]))
    expect(await inspectBackup(first.path, f.secrets)).toMatchObject({ ok: true })
    expect(await inspectBackup(second.path, f.secrets)).toMatchObject({ ok: true })
    expect(second.files).toBe(first.files + 1)
  })

  it('rotation deletes an attachment only when no remaining archive refers to it', async () => {
    const autoDir = join(f.root, 'auto')
    const gone = await attach('ONLY-IN-OLD')
    await attach('IN-ALL')
    const day = (n: number) => new Date(NOW.getTime() - n * 86_400_000)
    await runAutoBackup({ dataDir: f.dataDir, autoDir, now: day(60), secrets: f.secrets })
    await rm(join(f.dataDir, 'attachments', gone))
    const oldOne = (await readdir(autoDir)).find((n) => n.endsWith('.cwbak'))!
    const pruned: string[] = []
    // Enough newer backups (7 days, 4 weeks) that rotation lets the oldest go.
    for (const n of [21, 14, 6, 5, 4, 3, 2, 1, 0]) {
      const run = await runAutoBackup({
        dataDir: f.dataDir,
        autoDir,
        now: day(n),
        secrets: f.secrets,
      })
      pruned.push(...run.pruned)
      if ((await readdir(autoDir)).includes(oldOne)) {
        expect(run.pruned).toEqual([])
        expect(await stored(autoDir)).toHaveLength(2)
      }
    }
    expect(await readdir(autoDir)).not.toContain(oldOne)
    expect(pruned).toHaveLength(1)
    expect(pruned[0]).toMatch(new RegExp(`^${gone.slice(0, 64)}\\.`))
    expect(await stored(autoDir)).toHaveLength(1)
  })
})

describe('free space is checked before anything is written', () => {
  it('a short USB stick is refused in Chinese, naming how much is needed; nothing written', async () => {
    await attach('PHOTO-1')
    const tiny = async () => ({ bavail: 10, bsize: 4096 })
    await expect(backup({ statfs: tiny })).rejects.toThrow(
      /U 盘或备份文件夹空间不够：这次需要约 \d+ (KB|MB)，现在只剩 40 KB/,
    )
    expect(await readdir(f.target)).toEqual([])
  })

  it('a restore onto a disk that is too small is refused; the data stays as it was', async () => {
    const made = await backup()
    const before = await dataFilesOf(f.dataDir)
    await expect(
      restoreBackup({
        archivePath: made.path,
        hooks: f.hooks,
        now: NOW,
        actor: null,
        statfs: async () => ({ bavail: 1, bsize: 512 }),
      }),
    ).rejects.toThrow('数据所在的磁盘空间不够')
    expect(await dataFilesOf(f.dataDir)).toEqual(before)
  })
})

describe('streaming', () => {
  it('a large attachment is sealed and restored without any whole-file read', async () => {
    const size = 48 * 1024 * 1024
    const h = createHash('sha256')
    const zeros = Buffer.alloc(1024 * 1024)
    for (let i = 0; i < size / zeros.length; i++) h.update(zeros)
    const name = `${h.digest('hex')}.pdf`
    await mkdir(join(f.dataDir, 'attachments'), { recursive: true })
    await writeFile(join(f.dataDir, 'attachments', name), '')
    await truncate(join(f.dataDir, 'attachments', name), size) // sparse: nothing in memory
    const made = await backup()
    await restoreBackup({ archivePath: made.path, hooks: f.hooks, now: NOW, actor: null })
    expect((await stat(join(f.dataDir, 'attachments', name))).size).toBe(size)
    const read = vi.mocked(fsp.readFile).mock.calls.map((c) => String(c[0]))
    expect(read.filter((p) => p.endsWith('.cwbak') || p.includes('attachments'))).toEqual([])
    expect(read.filter((p) => p.startsWith(f.target))).toEqual([])
  })
})
