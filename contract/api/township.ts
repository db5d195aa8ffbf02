/** The township link: the kiosk's signing identity, USB export, and the 乡镇汇总 console. */
import { z } from 'zod'
import type { SigningIdentity, TownshipOverview, TownshipProgress } from '../schemas/township'
import { method, None } from './define'

export const townshipApi = {
  /** Public: the fingerprint is printed on every 公开表 for anyone to compare. */
  'township.identity': method(None, 'public').returns<SigningIdentity>(),
  /**
   * Copies the outbox (same layout as the Syncthing folder) into a folder on a USB drive;
   * packages there from a history since taken back are moved to `replacedDir` first.
   */
  'township.export': method(z.object({ dir: z.string().min(1).max(1000) }).strict(), [
    'admin',
  ]).returns<{ dir: string; files: number; replaced: number; replacedDir: string }>(),
  /** The 乡镇汇总 console: every village's packages checked, problems first. */
  'township.overview': method(None, 'public').returns<TownshipOverview>(),
  /** While an overview is being read: how many village folders are checked (null when idle). */
  'township.progress': method(None, 'public').returns<TownshipProgress | null>(),
} as const
