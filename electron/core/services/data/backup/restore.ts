/**
 * Restoring an archive: every hash and the whole journal chain are checked, the files are opened
 * as a store in a scratch folder to prove they load cleanly, and only then is the live data
 * swapped out (kept, dated, inside the data folder) and the store reopened on the restored files.
 */
import { mkdir, open, readFile, rm } from 'node:fs/promises'
import { dirname, join, resolve, sep } from 'node:path'
import type { BackupRestored } from '../../../../../contract/schemas/data-backup'
import { openStore } from '../../../store'
import { fsyncDir } from '../../../store/fs-safe'
import type { Store } from '../../../store/types'
import { placeProblem } from './errors'
import { withDataLock } from './lock'
import { BackupProblem, openArchive, type Manifest } from './manifest'
import { stamp, summaryOf } from './summary'
import { SwapError, swapIn } from './swap-in'

/** What core lends a restore: the data folder, and closing, changing and reopening its store. */
export interface RestoreHooks {
  dir: string
  swapStore(move: () => Promise<void>): Promise<Store>
}

export interface RestoreOptions {
  archivePath: string
  hooks: RestoreHooks
  now: Date
  onProgress?: (step: string, done: number, total: number) => void
}

async function writeFiles(dir: string, files: ReadonlyMap<string, Uint8Array>): Promise<void> {
  await mkdir(dir, { recursive: true })
  for (const [path, bytes] of files) {
    const full = resolve(dir, path)
    // openArchive admits only data paths; this is the last guard before a byte is written.
    if (!full.startsWith(resolve(dir) + sep)) throw new BackupProblem(`不允许的文件路径“${path}”`)
    await mkdir(dirname(full), { recursive: true })
    const handle = await open(full, 'wx')
    try {
      await handle.writeFile(bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
  }
  await fsyncDir(dir)
}

/** Opens the files as a store in a scratch folder: it must load with no error and a whole chain. */
async function trialOpen(dir: string, files: ReadonlyMap<string, Uint8Array>, m: Manifest) {
  try {
    await writeFiles(dir, files)
    const store = await openStore({ dir, generations: 0 })
    const errors = store.alerts().filter((a) => a.level === 'error')
    const report = await store.verify()
    const head = store.head()
    await store.close()
    if (errors[0])
      throw new BackupProblem(
        `备份中的 ${errors[0].file} 无法载入：${errors[0].message}`,
        errors[0].file,
      )
    if (!report.ok || head.seq !== m.journal.seq) {
      throw new BackupProblem('备份中的变更日志无法完整载入', 'journal.jsonl')
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** Checks, then replaces the live data with the archive's; throws a BackupProblem if it cannot. */
export function restoreBackup(o: RestoreOptions): Promise<BackupRestored> {
  return withDataLock(o.hooks.dir, () => restore(o))
}

async function restore(o: RestoreOptions): Promise<BackupRestored> {
  const say = o.onProgress ?? (() => {})
  say('正在读取备份', 0, 4)
  const bytes = await readFile(o.archivePath).catch((e: unknown) => {
    throw new BackupProblem(`无法读取备份文件：${placeProblem(e)}`)
  })
  say('正在核对每个文件的校验值和变更日志', 1, 4)
  const { manifest, files } = openArchive(bytes)
  const s = stamp(o.now)
  say('正在试着载入备份', 2, 4)
  await trialOpen(join(o.hooks.dir, `.restore-check-${s}`), files, manifest)
  const staging = join(o.hooks.dir, `.restore-${s}`)
  await rm(staging, { recursive: true, force: true })
  await writeFiles(staging, files)
  const replaced = `replaced-${s}`
  say('正在替换数据', 3, 4)
  let failure: unknown = null
  const store = await o.hooks.swapStore(() =>
    swapIn(o.hooks.dir, staging, replaced).catch((e: unknown) => {
      failure = e
    }),
  )
  await rm(staging, { recursive: true, force: true })
  if (failure !== null) {
    const f = failure as unknown
    const why = placeProblem(f instanceof SwapError ? f.reason : f)
    throw new BackupProblem(
      f instanceof SwapError && f.completed
        ? `恢复已替换变更日志，但移动其余文件时出错（${why}），程序已根据变更日志重建数据，请核对`
        : `恢复没有进行（${why}），现在的数据保持原样`,
    )
  }
  say('恢复完成', 4, 4)
  return {
    summary: summaryOf(o.archivePath, manifest, bytes.length),
    replacedInto: replaced,
    journalSeq: store.head().seq,
  }
}
