/** backup.* for the admin: make, list, check and restore archives; progress while it works. */
import { randomBytes } from 'node:crypto'
import { realpath } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { HandlerGroup } from '../../api/handlers'
import { ApiFailure } from '../../api/failure'
import { autoBackupDir, readAutoStatus } from './backup/auto'
import { createBackup } from './backup/create'
import { inspectBackup, listBackups } from './backup/list'
import { BackupProblem, ClockAhead } from './backup/manifest'
import { newRecoveryCode, wrapWithCode } from './backup/recovery'
import { logRecoveryCode, recoveryCodesOf } from './backup/recovery-log'
import { restoreBackup, type RestoreHooks } from './backup/restore'
import './backup/restore-marker'
import type { StatFs } from './backup/space'
import { contain, containFolder, containSaveFolder } from '../drives/contain'
import { reachOf, type DrivesOptions } from '../drives/roots'
import type { ProgressBoard } from './progress'
import type { Store } from '../../store/types'

/** What the host may offer: whether it can print PDFs (Electron). */
export interface HostHooks {
  canPrintPdf?: boolean
  /** Test seam: the free-space probe. */
  statfs?: StatFs
}

/** A BackupProblem is an expected refusal with a message fit for the admin; anything else is not. */
async function plainly<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (e) {
    // The screen offers 电脑时间是对的，继续恢复 on the clockRight field.
    if (e instanceof ClockAhead)
      throw new ApiFailure('CONFLICT', e.message, { clockRight: e.message })
    if (e instanceof BackupProblem)
      throw new ApiFailure('STORAGE', e.message, e.file ? { file: e.file } : undefined)
    throw e
  }
}

/** Why no backup is made of a journal that failed its check: it would carry the tampering on. */
export const HALTED_BACKUP = '记录核验未通过，不能备份被改动过的记录；请先用以前的备份恢复'

/** The journaled restores, newest first. */
const restoresOf = (store: Store) =>
  store.all('restores').sort((a, b) => b.at.localeCompare(a.at) || b.newHead.seq - a.newHead.seq)

type BackupMethod =
  | 'backup.status'
  | 'backup.create'
  | 'backup.newRecoveryCode'
  | 'backup.list'
  | 'backup.inspect'
  | 'backup.restore'
  | 'backup.restores'
  | 'backup.recoveryCodes'

const realOrNull = (path: string) => realpath(path).catch(() => null)

/**
 * Handlers bound to the data folder, the store swap, the host and the drives: a backup is
 * written, listed and read only on a drive the in-app browser reaches (the same `contain`), or
 * read from this machine's own automatic backups, which core names itself.
 */
export function backupHandlers(
  hooks: RestoreHooks,
  board: ProgressBoard,
  host: HostHooks,
  drives: DrivesOptions,
): HandlerGroup<BackupMethod> {
  const autoDir = autoBackupDir(hooks.dir)
  /** An archive to read: one straight in the automatic backups' folder, or one on a drive. */
  const archiveOnDrive = async (path: string): Promise<string> => {
    const [real, auto] = await Promise.all([realOrNull(path), realOrNull(autoDir)])
    if (real && auto && dirname(real) === auto) return real
    return (await contain(path, await reachOf(drives))).real
  }
  return {
    'backup.status': async () => {
      const listing = await listBackups(autoDir).catch(() => null)
      const status = await readAutoStatus(autoDir)
      const lastAuto = listing?.archives.find((a) => a.automatic)
      const key = await hooks.secrets.archiveKey()
      const [lastRestore] = restoresOf(hooks.store())
      return {
        recovery: key?.recovery ? { ready: true, at: key.codeAt } : { ready: false },
        ...(lastRestore ? { lastRestore } : {}),
        autoDir,
        ...(lastAuto ? { lastAuto } : {}),
        ...(status && !status.ok && status.message ? { lastError: status.message } : {}),
        pdf: !!host.canPrintPdf,
      }
    },
    'backup.create': async ({ targetDir }, ctx) => {
      if (ctx.store.halted()) throw new ApiFailure('CONFLICT', HALTED_BACKUP)
      const at = await containSaveFolder(targetDir, await reachOf(drives))
      return plainly(() =>
        board.run(ctx.caller, 'backup', (say) =>
          createBackup({
            flush: () => ctx.store.flush(),
            dataDir: hooks.dir,
            targetDir: at.real,
            now: ctx.now(),
            automatic: false,
            secrets: hooks.secrets,
            statfs: host.statfs,
            onProgress: say,
          }),
        ),
      )
    },
    'backup.newRecoveryCode': async (_input, ctx) => {
      const at = ctx.now().toISOString()
      // A code given before may have leaked or been lost: the new one gets a new key, so the old
      // code opens nothing made from now on. The first code keeps the key the automatic backups
      // already use; this machine keeps every earlier key for its own older backups.
      const current = await hooks.secrets.archiveKey()
      const key = current && !current.recovery ? current.key : randomBytes(32)
      const code = newRecoveryCode()
      // Journaled first: a refused entry leaves the old code working and nothing half-done.
      await logRecoveryCode(ctx.store, ctx.actor ?? null, at)
      const saved = await hooks.secrets.saveArchiveKey(key, await wrapWithCode(key, code), at)
      return { code, keyId: saved.keyId, at }
    },
    'backup.list': async ({ dir }) => {
      if (dir === undefined) {
        // Before the first automatic backup its folder is not made yet: nothing to list.
        if (!(await realOrNull(autoDir))) return { dir: autoDir, archives: [], unreadable: [] }
        return plainly(() => listBackups(autoDir))
      }
      const at = await containFolder(dir, await reachOf(drives))
      return plainly(() => listBackups(at.real))
    },
    'backup.inspect': async ({ archivePath, recoveryCode }) =>
      inspectBackup(await archiveOnDrive(archivePath), hooks.secrets, recoveryCode),
    'backup.restore': async ({ archivePath: asked, recoveryCode, clockRight }, ctx) => {
      const archivePath = await archiveOnDrive(asked)
      const was = hooks.store().head()
      try {
        return await plainly(() =>
          board.run(ctx.caller, 'restore', (say) =>
            restoreBackup({
              archivePath,
              hooks,
              now: ctx.now(),
              actor: ctx.actor ?? null,
              ...(recoveryCode ? { recoveryCode } : {}),
              ...(clockRight ? { clockRight } : {}),
              statfs: host.statfs,
              onProgress: say,
            }),
          ),
        )
      } finally {
        // The restored village has its own accounts: everyone logs in again, also when the
        // restore stopped after its journal was switched in (the data is the restored one).
        const now = hooks.store().head()
        if (now.seq !== was.seq || now.hash !== was.hash) ctx.sessions.endAll()
      }
    },
    'backup.restores': (_input, ctx) => restoresOf(ctx.store),
    'backup.recoveryCodes': (_input, ctx) => recoveryCodesOf(ctx.store),
  }
}
