/**
 * Where the in-app browser may look: the USB drives the system mounted and one fixed export
 * folder. Nothing else on the machine is reachable, so a villager cannot wander the disk.
 */
import { existsSync } from 'node:fs'
import { mkdir, readdir } from 'node:fs/promises'
import { homedir } from 'node:os'
import { basename, join } from 'node:path'
import type { Drive } from '../../../../contract'

/** How a host says where drives are; a test gives a temp folder whose subfolders are "drives". */
export interface DrivesOptions {
  /** Stand-in for the mounted drives (tests; else VILLAGE_DRIVES_ROOT): each subfolder is a drive. */
  root?: string
  /** Where saves go when no USB drive is picked; created when first listed. */
  exportDir?: string
  platform?: NodeJS.Platform
  /**
   * The kiosk's own folders (data, its secrets and backups, the signing key, the outbox): never
   * reached, even where they lie on a listed drive (a data folder put on D: or under /mnt).
   * A `{ beside, named }` closes the folders right in `beside` whose whole name `named`
   * matches: the ones the kiosk makes with a time in their name, and no user's folder that
   * only starts the same way.
   */
  closed?: readonly Closed[]
}

/** A kiosk's own folder (its path), or the folders of a name it makes beside one (contain.ts). */
export type Closed = string | { beside: string; named: RegExp }

/** Where a browse, read or write may go now: the drives, less the kiosk's own folders. */
export interface Reach {
  drives: Drive[]
  closed: readonly Closed[]
}

export const EXPORT_LABEL = '本机导出文件夹'

/** The fixed export folder: in the user's documents unless the host (or VILLAGE_EXPORT_DIR) names another. */
export function exportFolder(o: DrivesOptions): string {
  return (
    o.exportDir ?? process.env.VILLAGE_EXPORT_DIR ?? join(homedir(), 'Documents', '村务公开导出')
  )
}

/** Creates the export folder the first time someone opens or saves into it. */
export async function ensureExportFolder(o: DrivesOptions, path: string): Promise<void> {
  if (path === exportFolder(o)) await mkdir(path, { recursive: true }).catch(() => {})
}

async function subfolders(dir: string): Promise<string[]> {
  try {
    const list = await readdir(dir, { withFileTypes: true })
    return list
      .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
      .map((d) => join(dir, d.name))
  } catch {
    return []
  }
}

/** Linux mounts removable drives at /media/<user>/<label>, /run/media/<user>/<label> or /mnt/<x>. */
async function linuxDrives(): Promise<string[]> {
  const perUser = [...(await subfolders('/media')), ...(await subfolders('/run/media'))]
  const nested = await Promise.all(perUser.map(subfolders))
  return [...nested.flat(), ...(await subfolders('/mnt'))]
}

/** Every drive letter but the system's own (C:), which holds Windows and the program. */
function windowsDrives(): string[] {
  const system = (process.env.SystemDrive ?? 'C:').toUpperCase()
  const letters = 'DEFGHIJKLMNOPQRSTUVWXYZ'.split('').map((l) => `${l}:`)
  return letters.filter((d) => d !== system && existsSync(`${d}\\`)).map((d) => `${d}\\`)
}

/** The drives to offer now (a stick plugged in a moment ago shows up), export folder last. */
export async function listDrives(o: DrivesOptions): Promise<Drive[]> {
  const platform = o.platform ?? process.platform
  const root = o.root ?? process.env.VILLAGE_DRIVES_ROOT
  const found = root
    ? await subfolders(root)
    : platform === 'win32'
      ? windowsDrives()
      : platform === 'linux'
        ? await linuxDrives()
        : await subfolders('/Volumes')
  const usb: Drive[] = found
    .sort((a, b) => a.localeCompare(b))
    .map((path) => ({ path, label: basename(path) || path, kind: 'usb' }))
  return [...usb, { path: exportFolder(o), label: EXPORT_LABEL, kind: 'export' }]
}

/** The drives to offer now and the folders on them that stay closed. */
export async function reachOf(o: DrivesOptions): Promise<Reach> {
  return { drives: await listDrives(o), closed: o.closed ?? [] }
}
