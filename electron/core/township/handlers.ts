/** township.*: the kiosk's signing identity and USB export, and the 乡镇汇总 console's view. */
import { lstat } from 'node:fs/promises'
import { join } from 'node:path'
import { DRIVE_MSG, type TownshipOverview, type TownshipProgress } from '../../../contract'
import { ApiFailure } from '../api/failure'
import type { HandlerGroup } from '../api/handlers'
import { containFolder, containSaveFolder } from '../services/drives/contain'
import { maskPublicOutput } from '../services/public-mask'
import { reachOf, type DrivesOptions } from '../services/drives/roots'
import { TOWNSHIP_STATE_DIR, townshipOverview } from './console'
import { exportTarget, type Publisher } from './publisher'
import type { StartReader } from './readers'

export interface TownshipDeps {
  /** The outbox writer (absent when this kiosk has no signing key set up). */
  publisher: () => Publisher | undefined
  /** The inbox folder in township mode (absent on a kiosk). */
  inbox?: string
  /** This console's own folder for what it saw before. */
  dataDir: string
  /** Where an export may go: a drive the in-app browser reaches, by the same `contain`. */
  drives: DrivesOptions
  /** Starts a reader thread for the console's open (absent: the core's thread reads alone). */
  startReader?: StartReader
}

/** Handlers bound to the publisher and, in township mode, the inbox. */
export function townshipHandlers(
  deps: TownshipDeps,
): HandlerGroup<
  'township.identity' | 'township.export' | 'township.overview' | 'township.progress'
> {
  // The console re-reads on a timer: a read still running is shared, never run twice at once
  // (two would race on the console's own files).
  let running: Promise<TownshipOverview> | null = null
  let progress: TownshipProgress | null = null
  return {
    'township.identity': async () => {
      const p = deps.publisher()
      const mode = deps.inbox ? ('township' as const) : ('kiosk' as const)
      return { mode, ...(p ? await p.identity() : { fingerprint: '', packages: 0 }) }
    },
    'township.export': async ({ dir }, { store }) => {
      const p = deps.publisher()
      if (!p) throw new ApiFailure('CONFLICT', '这台触摸屏还没有签名钥匙，不能导出给乡镇')
      const reach = await reachOf(deps.drives)
      const at = await containSaveFolder(dir, reach)
      // Named as the public screen (and the package inside) names the village: one kept from
      // before any check, with a phone in it, is masked there and on a stick anyone can pick up.
      const name = maskPublicOutput(store.get('village', 'profile')?.name ?? '本村')
      const target = exportTarget(at.real, await p.identity(), name)
      // The village folder an earlier export made obeys the same rule: on a stick carried
      // elsewhere it may have come back as a link leading off the drive. (A file in its way is
      // no link: the export says it cannot write there, below.)
      const there = await lstat(target).catch(() => null)
      if (there?.isSymbolicLink()) await containFolder(target, reach, DRIVE_MSG.saveOutside)
      const done = await p.exportTo(target).catch(() => {
        throw new ApiFailure('STORAGE', '写不进这个文件夹，请检查U盘是否插好、是否写保护')
      })
      return { dir: target, ...done }
    },
    'township.overview': (_input, { now }) => {
      if (!deps.inbox)
        throw new ApiFailure('CONFLICT', '这台电脑没有设为乡镇汇总，看不到各村的公开包')
      const state = join(deps.dataDir, TOWNSHIP_STATE_DIR)
      const readers = deps.startReader ? { start: deps.startReader } : {}
      running ??= townshipOverview(
        deps.inbox,
        state,
        now(),
        (p) => (progress = p),
        readers,
      ).finally(() => {
        running = null
        progress = null
      })
      return running
    },
    'township.progress': () => Promise.resolve(progress),
  }
}
