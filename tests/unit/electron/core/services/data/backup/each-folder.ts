/** One demo folder per test, with backup and restore bound to it, so restore tests set up alike. */
import { createHash } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach } from 'vitest'
import type { PersonRef } from '../../../../../../../contract'
import { createBackup } from '../../../../../../../electron/core/services/data/backup/create'
import { restoreBackup } from '../../../../../../../electron/core/services/data/backup/restore'
import { NOW, demoFolder, type Folder } from './folder'

/** Makes a fresh folder before each test and removes it after; `restore` runs a minute after NOW. */
export function eachDemoFolder(actor: PersonRef | null) {
  let folder: Folder | undefined
  beforeEach(async () => {
    folder = await demoFolder()
  })
  afterEach(async () => {
    await folder?.cleanup()
  })
  const t = {
    get f(): Folder {
      if (!folder) throw new Error('eachDemoFolder: used outside a test')
      return folder
    },
    backup: () =>
      createBackup({
        dataDir: t.f.dataDir,
        targetDir: t.f.target,
        now: NOW,
        automatic: false,
        secrets: t.f.secrets,
      }),
    /** One voucher photo in the data folder: a restore's swap then has a photo folder to move. */
    withPhoto: async () => {
      const sha = createHash('sha256').update('PHOTO').digest('hex')
      await mkdir(join(t.f.dataDir, 'attachments'), { recursive: true })
      await writeFile(join(t.f.dataDir, 'attachments', `${sha}.png`), 'PHOTO')
    },
    restore: (archivePath: string) =>
      restoreBackup({
        archivePath,
        hooks: t.f.hooks,
        now: new Date(NOW.getTime() + 60_000),
        actor,
      }),
  }
  return t
}
