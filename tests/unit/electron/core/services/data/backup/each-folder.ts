/** One demo folder per test, with backup and restore bound to it, so restore tests set up alike. */
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
