/**
 * The header of a .cwbak is plain JSON, readable and writable by anyone holding the stick,
 * without the key. A file with an odd header is named as unreadable beside the good backups
 * (it must not break the whole list), and a restore of it is refused in plain Chinese.
 */
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listBackups } from '../../../../../../../electron/core/services/data/backup/list'
import { BackupProblem } from '../../../../../../../electron/core/services/data/backup/manifest'
import { writeSealed } from '../../../../../../../electron/core/services/data/backup/seal'
import { eachDemoFolder } from './each-folder'

const t = eachDemoFolder(null)

/** A file anyone can make: a header of their choosing, sealed under a random key. */
async function planted(name: string, header: object): Promise<string> {
  const path = join(t.f.target, name)
  await writeSealed(path, header, randomBytes(32), (async function* () {})())
  return path
}
const base = {
  format: 'cunwu-kiosk-backup',
  version: 2,
  createdAt: '2026-11-20T01:00:00.000Z',
  automatic: false,
  villageName: '某村',
  journal: { seq: 1, hash: 'a'.repeat(64), entries: 1 },
  files: 1,
  keyId: 'k',
  attachments: [],
}

describe('a stick with a planted archive header', () => {
  it('lists the good backups and names the odd file as unreadable', async () => {
    const good = await t.backup()
    await planted('cunwu-backup-20261120-090000-s1.cwbak', { ...base, createdAt: 20261120 })
    const outcome = await listBackups(t.f.target).then(
      (l) => ({ listed: l.archives.map((a) => a.fileName), unreadable: l.unreadable.length }),
      (e: Error) => `${e.name}: ${e.message}`,
    )
    expect(outcome).toEqual({ listed: [good.fileName], unreadable: 1 })
  })

  it('a restore of it is refused with a Chinese BackupProblem, not a TypeError', async () => {
    const path = await planted('cunwu-backup-20261120-090000-s2.cwbak', {
      ...base,
      attachments: [null],
    })
    const err = await t.restore(path).then(
      () => null,
      (e: unknown) => e,
    )
    expect(err).toBeInstanceOf(BackupProblem)
    expect((err as Error).message).toContain('这不是本程序能识别的备份文件')
  })
})
