/**
 * Leaving the demo village: every demo file and the demo journal move, whole, into a dated
 * backup folder inside the data folder, and the kiosk starts again on an empty store. The two
 * villages never share a journal, so nothing of the demo can leak into the real records.
 */
import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { HandlerGroup } from '../../api/handlers'
import { TRIES_FILES } from '../../api/screen-backoff-file'
import { ApiFailure } from '../../api/failure'
import { fsyncDir, renameWithRetry } from '../../store/fs-safe'
import type { Store } from '../../store/types'
import { villageStamp } from '../../../../contract/village-time'
import { isDemo } from './setup'

/** What core lends the handler: the data folder, and a way to close, move and reopen the store. */
export interface StoreHooks {
  dir: string
  /** Closes the store, runs `move`, then opens the folder again (also when `move` failed). */
  swapStore(move: () => Promise<void>): Promise<Store>
}

/** Backup folders are left where they are by later switches. */
export const BACKUP_PREFIX = 'demo-backup-'

/** demo-backup-YYYYMMDD-HHMMSS on the village's clock (UTC+8). */
export function backupName(now: Date): string {
  return `${BACKUP_PREFIX}${villageStamp(now)}`
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}

/**
 * Moves everything but earlier backups (and the wrong-try counts) into `target`; on any failure
 * moves it all back.
 */
export async function moveIntoBackup(dir: string, target: string): Promise<void> {
  // The wrong-try counts are the kiosk's, not the demo's: they stay (a guesser's wait goes on).
  const names = (await readdir(dir)).filter(
    (n) => !n.startsWith(BACKUP_PREFIX) && !TRIES_FILES.test(n),
  )
  const to = join(dir, target)
  await mkdir(to)
  const moved: string[] = []
  try {
    for (const n of names) {
      await renameWithRetry(join(dir, n), join(to, n))
      moved.push(n)
    }
    await fsyncDir(to)
    await fsyncDir(dir)
  } catch (err) {
    for (const n of moved.reverse()) await renameWithRetry(join(to, n), join(dir, n))
    await rm(to, { recursive: true, force: true })
    throw err
  }
}

/** setup.leaveDemo, bound to the core that owns the store. */
export function leaveDemoHandlers(hooks: StoreHooks): HandlerGroup<'setup.leaveDemo'> {
  return {
    'setup.leaveDemo': async (_input, ctx) => {
      if (!isDemo(ctx.store)) {
        throw new ApiFailure('CONFLICT', '现在已经是正式村庄，没有演示数据需要切换')
      }
      const now = ctx.now()
      let backup = backupName(now)
      for (let i = 2; await exists(join(hooks.dir, backup)); i++) backup = `${backupName(now)}-${i}`
      let failure: unknown = null
      const store = await hooks.swapStore(() =>
        moveIntoBackup(hooks.dir, backup).catch((err: unknown) => {
          failure = err
        }),
      )
      if (failure !== null) {
        throw new ApiFailure('STORAGE', '切换没有完成，演示数据保持原样，请稍后再试或联系技术人员')
      }
      ctx.sessions.endAll()
      // The first entry of the new journal: a restart must not load the demo village again.
      // No actor: the demo's people must not appear in the real village's records.
      await store.commit({
        actor: null,
        action: 'setup.leaveDemo',
        entity: 'setup',
        id: 'state',
        // The demo's screens are not the village's: the time they showed (clock-seen.ts) is
        // forgotten, or a clock put right before setup would refuse it with no admin to confirm.
        confirmsClock: true,
        puts: [
          {
            coll: 'setup',
            id: 'state',
            value: { leftDemoAt: now.toISOString(), demoBackup: backup },
          },
        ],
      })
      return { backup }
    },
  }
}
