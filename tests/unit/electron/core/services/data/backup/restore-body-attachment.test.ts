/**
 * An attachment comes back from a backup only through the sealed header's list, where it is
 * unsealed and re-hashed against its name (restore-checks.test.ts). Our backups never carry one
 * inside the sealed body, so an archive that does (built by someone holding the key) is refused
 * before anything is written, whether or not its content matches its name.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  buildArchive,
  openArchive,
} from '../../../../../../../electron/core/services/data/backup/manifest'
import { eachDemoFolder } from './each-folder'
import { dataFilesOf } from './folder'
import { resealed } from './sealed'

const t = eachDemoFolder(null)

/** Restores the backup with one file added to its sealed body; what the admin sees and what lands. */
async function withBodyAttachment(content: string) {
  const made = await t.backup()
  const name = `${createHash('sha256').update(content).digest('hex')}.jpg`
  // As an insider with the key could (the same threat restore-checks.test.ts defends against).
  await resealed(made, t.f.secrets, (bytes) => {
    const { manifest, files, extras } = openArchive(bytes)
    files.set(`attachments/${name}`, Buffer.from(content === 'PHOTO-1' ? 'FORGED' : content))
    return buildArchive(
      files,
      { createdAt: manifest.createdAt, automatic: manifest.automatic },
      [...extras].map(([path, data]) => ({ path, data })),
    ).bytes
  })
  const before = await dataFilesOf(t.f.dataDir)
  const outcome = await t.restore(made.path).then(
    () => 'restored',
    (e: Error) => e.message,
  )
  const placed = await readFile(join(t.f.dataDir, 'attachments', name), 'utf8').catch(() => null)
  return { outcome, placed, before, after: await dataFilesOf(t.f.dataDir) }
}

describe('an attachment carried in the sealed body', () => {
  it('whose content is not the one its name says is refused and never placed', async () => {
    const seen = await withBodyAttachment('PHOTO-1')
    expect(seen.outcome).toContain('备份里夹带了附件')
    expect(seen.outcome).toContain('现在的数据保持原样')
    expect(seen.placed).toBeNull()
    expect(seen.after).toEqual(seen.before)
  })

  it('is refused even when its content matches its name: attachments come only by the list', async () => {
    const seen = await withBodyAttachment('PHOTO-2')
    expect(seen.outcome).toContain('备份里夹带了附件')
    expect(seen.placed).toBeNull()
    expect(seen.after).toEqual(seen.before)
  })
})
