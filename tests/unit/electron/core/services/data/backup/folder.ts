/** A real data folder with the demo village, and a store whose swap hook works like core's. */
import { randomBytes } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadDemoVillage } from '../../../../../../../electron/core/demo/generate'
import { Secrets } from '../../../../../../../electron/core/secrets'
import {
  newRecoveryCode,
  wrapWithCode,
} from '../../../../../../../electron/core/services/data/backup/recovery'
import type { RestoreHooks } from '../../../../../../../electron/core/services/data/backup/restore'
import { openStore } from '../../../../../../../electron/core/store'
import type { Store } from '../../../../../../../electron/core/store/types'

export const NOW = new Date('2026-11-25T01:30:00Z')

export interface Folder {
  root: string
  dataDir: string
  target: string
  store(): Store
  /** This "machine's" secrets folder, with an archive key and its recovery code set up. */
  secrets: Secrets
  code: string
  hooks: RestoreHooks
  cleanup(): Promise<void>
}

/** A temp folder holding data/ (the demo village, one year) and usb/ (a backup target). */
export async function demoFolder(): Promise<Folder> {
  const root = await mkdtemp(join(tmpdir(), 'backup-test-'))
  const dataDir = join(root, 'data')
  const target = join(root, 'usb')
  await import('node:fs/promises').then((fs) => fs.mkdir(target))
  let store = await openStore({ dir: dataDir, now: () => NOW })
  await loadDemoVillage(store, { seed: 7, years: 1, scale: 0.3, now: NOW })
  await store.flush()
  const secrets = new Secrets(join(root, 'secrets'))
  const code = newRecoveryCode()
  const key = randomBytes(32)
  await secrets.saveArchiveKey(key, await wrapWithCode(key, code), NOW.toISOString())
  return {
    root,
    dataDir,
    target,
    store: () => store,
    secrets,
    code,
    hooks: {
      dir: dataDir,
      store: () => store,
      secrets,
      async swapStore(move) {
        await store.close()
        try {
          await move()
        } finally {
          store = await openStore({ dir: dataDir, now: () => NOW })
        }
        return store
      },
    },
    async cleanup() {
      await store.close()
      await rm(root, { recursive: true, force: true })
    },
  }
}

/** Every top-level file of a folder with its bytes (sub-folders left out). */
export async function filesOf(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.isFile() && !e.name.startsWith('.'))
      out[e.name] = (await readFile(join(dir, e.name))).toString('base64')
  }
  return out
}

/** The data files a backup holds: journal and documents (no generations or temp files). */
export async function dataFilesOf(dir: string): Promise<Record<string, string>> {
  const all = await filesOf(dir)
  return Object.fromEntries(
    Object.entries(all).filter(
      ([n]) => n === 'journal.jsonl' || /^[a-z][A-Za-z]*(-\d{4})?\.json$/.test(n),
    ),
  )
}
