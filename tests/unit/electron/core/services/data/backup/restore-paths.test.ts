/**
 * A crafted archive is self-consistent (its manifest's hash sits beside it, sealed with the right
 * key, as an insider could make one), so paths in it must be refused by shape: a restore writes
 * the journal, documents and attachments, nothing else.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { isDataPath } from '../../../../../../../electron/core/services/data/backup/data-paths'
import { inspectBackup } from '../../../../../../../electron/core/services/data/backup/list'
import { restoreBackup } from '../../../../../../../electron/core/services/data/backup/restore'
import { createBackup } from '../../../../../../../electron/core/services/data/backup/create'
import { readTar, writeTar } from '../../../../../../../electron/core/services/data/backup/tar'
import { sha256Hex } from '../../../../../../../electron/core/store/canonical'
import { NOW, dataFilesOf, demoFolder, type Folder } from './folder'
import { resealed } from './sealed'

let f: Folder
beforeEach(async () => {
  f = await demoFolder()
})
afterEach(async () => {
  await f.cleanup()
})

/** Our own backup with one more file under `path`, manifest and its hash made to match. */
async function craftedWith(path: string): Promise<string> {
  const made = await createBackup({
    dataDir: f.dataDir,
    targetDir: f.target,
    now: NOW,
    automatic: false,
    secrets: f.secrets,
  })
  return resealed(made, f.secrets, (inner) => craft(inner, path))
}

function craft(inner: Buffer, path: string): Buffer {
  const entries = readTar(inner)
  const manifestEntry = entries.find((e) => e.path === 'manifest.json')!
  const manifest = JSON.parse(Buffer.from(manifestEntry.data).toString('utf8')) as {
    files: { path: string; size: number; sha256: string }[]
  }
  const evil = Buffer.from('{"owned":true}')
  manifest.files.push({ path, size: evil.length, sha256: sha256Hex(evil) })
  const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 1), 'utf8')
  const out = entries
    .filter((e) => e.path !== 'manifest.json' && e.path !== 'manifest.sha256')
    .concat({ path: `data/${path}`, data: evil, mtime: 0 })
  const crafted = writeTar([
    { path: 'manifest.json', data: manifestBytes, mtime: 0 },
    {
      path: 'manifest.sha256',
      data: Buffer.from(`${sha256Hex(manifestBytes)}  manifest.json\n`),
      mtime: 0,
    },
    ...out,
  ])
  return crafted
}

describe('restore refuses paths outside the data folder', () => {
  for (const path of ['../escaped.json', 'attachments/../../escaped.json', '/tmp/escaped.json']) {
    it(`“${path}”: refused, nothing written anywhere`, async () => {
      const archive = await craftedWith(path)
      const before = await dataFilesOf(f.dataDir)
      const head = f.store().head()
      const check = await inspectBackup(archive, f.secrets)
      expect(check.ok ? '' : check.message).toContain('不允许的文件路径')
      await expect(
        restoreBackup({
          archivePath: archive,
          hooks: f.hooks,
          now: new Date(NOW.getTime() + 60_000),
          actor: null,
        }),
      ).rejects.toThrow('不允许的文件路径')
      expect(await dataFilesOf(f.dataDir)).toEqual(before)
      expect(f.store().head()).toEqual(head)
      await expect(stat(join(f.root, 'escaped.json'))).rejects.toThrow()
      expect((await readdir(f.dataDir)).filter((n) => /^(replaced-|\.restore)/.test(n))).toEqual([])
    })
  }
})

describe('isDataPath', () => {
  it('admits what a backup of ours holds', () => {
    const sha = 'a'.repeat(64)
    for (const p of [
      'journal.jsonl',
      'ledger-2026.json',
      'village.json',
      `attachments/${sha}.png`,
      `attachments/thumbs/${sha}.jpg`,
    ])
      expect(isDataPath(p)).toBe(true)
  })
  it('refuses anything that could leave the folder or hide', () => {
    for (const p of [
      '../x.json',
      '/x.json',
      'C:\\x.json',
      'attachments/..',
      'attachments/.hidden',
      'attachments/a/b/c.png',
      'attachments/thumbs/../x',
      'sub/x.json',
      'attachments\\..\\x',
      '',
    ])
      expect(isDataPath(p)).toBe(false)
  })
})
