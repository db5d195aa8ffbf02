import type { Checkpoint, Incident, StorageAlert } from '../../../contract'
import { ApiFailure } from '../api/failure'
import type { HandlerGroup } from '../api/handlers'
import type { Store } from '../store/types'
import { clockAlerts, clockFixHandlers } from './clock-fix'
import { settingsAlerts } from './records/settings-read'

/**
 * The public checkpoint, flagged when the journal stopped at a bad line, or when the records
 * were last found to differ from the journal (screens say so).
 */
export function publicCheckpoint(store: Store): Checkpoint {
  return {
    ...store.head(),
    ...(store.halted() ? { halted: true as const } : {}),
    ...(store.recordsDiffer() ? { recordsDiffer: true as const } : {}),
  }
}

/** What the desktop shell lends the core: its incident log and a sanctioned exit. */
export interface ShellHost {
  incidents(limit: number): Promise<Incident[]>
  quit(): void
}

type SystemMethod =
  | 'system.checkpoint'
  | 'system.checkpointAt'
  | 'system.alerts'
  | 'system.clock'
  | 'system.clockConfirm'
  | 'system.clockFixes'
  | 'system.incidents'
  | 'system.quit'

/**
 * The journal checkpoint is public (it is printed on every 公开表); alerts and incidents are for
 * cadres; only an admin may take the kiosk out of kiosk mode, and only where a shell exists.
 * `started`: alerts from this start before the store opened (a rolled-back restore's).
 */
export function systemHandlers(
  shell?: ShellHost,
  started: readonly StorageAlert[] = [],
): HandlerGroup<SystemMethod> {
  return {
    'system.checkpoint': (_input, { store }) => publicCheckpoint(store),
    'system.checkpointAt': async ({ seq }, { store }) => {
      const found = await store.checkpointAt(seq)
      if (found) return found
      const head = store.head().seq
      if (store.halted() && seq > head) {
        throw new ApiFailure(
          'NOT_FOUND',
          `记录核验未通过，已停在第 ${head} 号，第 ${seq} 号不能核对，请联系村务监督委员会`,
        )
      }
      if (seq > head) {
        throw new ApiFailure('NOT_FOUND', `还没有第 ${seq} 号记录，现在最新是第 ${head} 号`)
      }
      // Within the good entries, yet the file no longer holds it whole: changed while running.
      throw new ApiFailure(
        'STORAGE',
        `第 ${seq} 号记录在变更日志里读不出来，可能被改动过，请联系村务监督委员会`,
      )
    },
    'system.alerts': (_input, { store, now }) => [
      ...clockAlerts(store, now()),
      ...started,
      ...store.alerts(),
      ...settingsAlerts(store, now()),
    ],
    ...clockFixHandlers,
    'system.incidents': async () => (shell ? await shell.incidents(200) : []),
    'system.quit': () => {
      if (!shell) throw new ApiFailure('CONFLICT', '这里不是触摸屏程序，无法退出')
      // Answer first; the window closes a moment later.
      setTimeout(() => shell.quit(), 300)
      return { quitting: true as const }
    },
  }
}
