/** drives.*: the in-app browser's handlers, over the drives the host says are there. */
import type { DrivesMethod } from '../../../../contract/api/drives'
import type { HandlerGroup } from '../../api/handlers'
import { browse, readPicked, writeInto } from './files'
import { ensureExportFolder, listDrives, reachOf, type DrivesOptions } from './roots'

export type { Closed, DrivesOptions } from './roots'

export function drivesHandlers(o: DrivesOptions): HandlerGroup<DrivesMethod> {
  return {
    'drives.list': async () => ({ drives: await listDrives(o) }),
    'drives.browse': async ({ path }) => {
      await ensureExportFolder(o, path)
      return browse(path, await reachOf(o))
    },
    'drives.read': async ({ path }) => readPicked(path, await reachOf(o)),
    'drives.write': async ({ folder, fileName, bytesBase64 }) => {
      await ensureExportFolder(o, folder)
      const bytes = Buffer.from(bytesBase64, 'base64')
      return { path: await writeInto(folder, fileName, bytes, await reachOf(o)) }
    },
  }
}
