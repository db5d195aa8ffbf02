import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { DRIVE_MSG } from '../../../../../../../contract'
import { createBackup } from '../../../../../../../electron/core/services/data/backup/create'
import { inspectBackup } from '../../../../../../../electron/core/services/data/backup/list'
import { eachDemoFolder } from './each-folder'
import { NOW, dataFilesOf } from './folder'
import { resealed, sameAsBefore } from './sealed'

const t = eachDemoFolder({ id: 'u-admin', name: '张德明' })
const { backup, restore } = t

async function addNotice(id: string) {
  await t.f.store().commit({
    actor: null,
    action: 'test.change',
    entity: 'notices',
    id,
    puts: [{ coll: 'notices', id, value: { id, title: '之后的修改' } }],
  })
  await t.f.store().flush() // documents are written behind the journal: let them settle
}

describe('backup → wipe → restore', () => {
  it('brings back byte-identical data files and keeps what it replaced', async () => {
    const before = await dataFilesOf(t.f.dataDir)
    const head = t.f.store().head()
    const made = await backup()
    expect(made).toMatchObject({
      verified: true,
      journalSeq: head.seq,
      journalHash: head.hash,
      automatic: false,
    })
    expect(made.fileName).toMatch(/^cunwu-backup-\d{8}-\d{6}-s\d+\.cwbak$/)
    expect(made.villageName).not.toBe('')
    expect(await readdir(t.f.target)).toEqual([made.fileName])

    await addNotice('n-after')
    const changed = await dataFilesOf(t.f.dataDir)
    // Wipe: everything in the data folder is gone, the store starts empty.
    await t.f.hooks.swapStore(async () => {
      for (const n of await readdir(t.f.dataDir))
        await rm(join(t.f.dataDir, n), { recursive: true })
    })
    expect(t.f.store().head().seq).toBe(0)
    await addNotice('n-wiped')

    const done = await restore(made.path)
    expect(done.journalSeq).toBe(head.seq)
    // The backup's files come back byte for byte; the restore itself is the next journal entry.
    await t.f.store().flush()
    await sameAsBefore(t.f.dataDir, before)
    expect(t.f.store().head().seq).toBe(head.seq + 1)
    expect(t.f.store().get('notices', 'n-after')).toBeUndefined()
    expect((await t.f.store().verify()).ok).toBe(true)
    // The data that was replaced is kept, dated, inside the data folder.
    const kept = await readdir(join(t.f.dataDir, done.replacedInto))
    expect(kept).toContain('journal.jsonl')
    expect(kept).toContain('notices.json')
    expect(Object.keys(changed).length).toBeGreaterThan(3)
    expect((await readdir(t.f.dataDir)).filter((n) => n.startsWith('.restore'))).toEqual([])
  })

  it('restores over live data that moved on', async () => {
    const before = await dataFilesOf(t.f.dataDir)
    const made = await backup()
    await addNotice('n1')
    await addNotice('n2')
    await restore(made.path)
    await t.f.store().flush()
    await sameAsBefore(t.f.dataDir, before)
  })

  it('brings back attachments and their thumbnails', async () => {
    // An attachment is named by the sha256 of its content; the backup checks that.
    const sha = createHash('sha256').update('PHOTO').digest('hex')
    await mkdir(join(t.f.dataDir, 'attachments', 'thumbs'), { recursive: true })
    await writeFile(join(t.f.dataDir, 'attachments', `${sha}.png`), 'PHOTO')
    await writeFile(join(t.f.dataDir, 'attachments', 'thumbs', `${sha}.jpg`), 'THUMB')
    const made = await backup()
    await t.f.hooks.swapStore(async () => {
      for (const n of await readdir(t.f.dataDir))
        await rm(join(t.f.dataDir, n), { recursive: true })
    })
    await restore(made.path)
    expect(await readFile(join(t.f.dataDir, 'attachments', `${sha}.png`), 'utf8')).toBe('PHOTO')
    const thumb = join(t.f.dataDir, 'attachments', 'thumbs', `${sha}.jpg`)
    expect(await readFile(thumb, 'utf8')).toBe('THUMB')
  })
})

describe('a damaged archive is refused, naming the file, and nothing changes', () => {
  async function expectRefused(path: string, message: string, file?: string) {
    await addNotice('n-live')
    const before = await dataFilesOf(t.f.dataDir)
    const head = t.f.store().head()
    const check = await inspectBackup(path, t.f.secrets)
    expect(check).toMatchObject({ ok: false, ...(file ? { file } : {}) })
    expect(check.ok ? '' : check.message).toContain(message)
    await expect(restore(path)).rejects.toThrow(message)
    expect(await dataFilesOf(t.f.dataDir)).toEqual(before)
    expect(t.f.store().head()).toEqual(head)
    expect((await readdir(t.f.dataDir)).filter((n) => /^(replaced-|\.restore)/.test(n))).toEqual([])
  }

  it('one flipped byte anywhere in the sealed body', async () => {
    const made = await backup()
    const bytes = await readFile(made.path)
    flip(bytes, bytes.length - 2000)
    await writeFile(made.path, bytes)
    await expectRefused(made.path, '备份文件的内容被改动或已损坏')
  })

  it('one flipped byte in the plain header (the journal head it claims)', async () => {
    const made = await backup()
    const bytes = await readFile(made.path)
    const t = bytes.toString('latin1')
    flip(bytes, t.indexOf(',"hash"', t.indexOf('"journal"')) - 1)
    await writeFile(made.path, bytes)
    await expectRefused(made.path, '备份文件的内容被改动或已损坏')
  })

  it('under the seal: one flipped byte in a document', async () => {
    const path = await resealed(await backup(), t.f.secrets, (b, t) => {
      const at = t.indexOf('"data":', t.indexOf('data/ledger-2026.json'))
      flip(b, at + 40)
    })
    await expectRefused(
      path,
      '文件 ledger-2026.json 的校验值不符（备份已损坏）',
      'ledger-2026.json',
    )
  })

  it('under the seal: one flipped byte in the journal', async () => {
    const path = await resealed(await backup(), t.f.secrets, (b, t) => {
      flip(b, t.indexOf('"seq":', t.indexOf('data/journal.jsonl') + 512) + 2)
    })
    await expectRefused(path, '文件 journal.jsonl 的校验值不符', 'journal.jsonl')
  })

  it('under the seal: one flipped byte in the manifest', async () => {
    const path = await resealed(await backup(), t.f.secrets, (b, t) => {
      flip(b, t.indexOf('"createdAt"') + 3)
    })
    await expectRefused(path, '备份清单 manifest.json 的校验值不符', 'manifest.json')
  })

  it('an archive cut short (copy interrupted)', async () => {
    const made = await backup()
    const bytes = await readFile(made.path)
    await writeFile(made.path, bytes.subarray(0, Math.floor(bytes.length / 2)))
    await expectRefused(made.path, '备份文件不完整')
  })

  it('a file that is not a backup at all', async () => {
    const path = join(t.f.target, 'notes.cwbak')
    await writeFile(path, 'hello')
    await expectRefused(path, '不是本程序能识别的备份文件')
  })
})

describe('a failed backup is reported and never kept as good', () => {
  it('a target that does not exist (picked, then its stick pulled): the folder-gone words', async () => {
    await expect(
      createBackup({
        dataDir: t.f.dataDir,
        targetDir: join(t.f.root, 'gone'),
        now: NOW,
        automatic: false,
        secrets: t.f.secrets,
      }),
    ).rejects.toThrow(DRIVE_MSG.saveGone)
  })

  it('a target inside the data folder', async () => {
    await expect(
      createBackup({
        dataDir: t.f.dataDir,
        targetDir: t.f.dataDir,
        now: NOW,
        automatic: false,
        secrets: t.f.secrets,
      }),
    ).rejects.toThrow('不能把备份放在数据文件夹里面')
  })

  it('a write that fails half way leaves no archive behind', async () => {
    const head = t.f.store().head()
    // The temp name is taken by a folder, so the write fails the way a pulled stick would.
    // Named on the village's clock (UTC+8): NOW, 01:30Z, is 09:30 there.
    expect(NOW.toISOString()).toBe('2026-11-25T01:30:00.000Z')
    const name = `.cunwu-backup-20261125-093000-s${head.seq}.cwbak.partial`
    await mkdir(join(t.f.target, name))
    await expect(backup()).rejects.toThrow('备份没有完成')
    expect((await readdir(t.f.target)).filter((n) => n.endsWith('.cwbak'))).toEqual([])
  })

  it('a data folder whose journal is broken cannot be backed up as good', async () => {
    const journal = join(t.f.dataDir, 'journal.jsonl')
    const bytes = await readFile(journal)
    flip(bytes, 200)
    await writeFile(journal, bytes)
    await expect(backup()).rejects.toThrow('变更日志 journal.jsonl 校验失败')
    expect(await readdir(t.f.target)).toEqual([])
  })
})

/** Flips the lowest bit of one byte, as a bad sector or a cosmic ray would. */
function flip(bytes: Buffer, at: number): void {
  bytes.writeUInt8(bytes.readUInt8(at) ^ 0x01, at)
}
