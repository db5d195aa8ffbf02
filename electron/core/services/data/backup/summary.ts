/** Backup file names and the summary the admin screens show. */
import { checkpointHash } from '../../../../../contract/checkpoint'
import { basename } from 'node:path'
import type { BackupSummary } from '../../../../../contract/schemas/data-backup'
import { VILLAGE_OFFSET_MS, villageStamp } from '../../../../../contract/village-time'
import type { ArchiveHeader } from './archive'

/** The village's time as 20261125-093000, so names sort by time and read plainly. */
export function stamp(now: Date): string {
  return villageStamp(now)
}

export const MANUAL_PREFIX = 'cunwu-backup-'
export const AUTO_PREFIX = 'cunwu-auto-'
/** Our sealed archives: manual or automatic, the time, the journal seq. */
export const ARCHIVE_NAME = /^cunwu-(backup|auto)-(\d{8})-(\d{6})-s(\d+)(?:-\d+)?\.cwbak$/

/** cunwu-backup-20261125-093000-s1234.cwbak */
export function archiveName(now: Date, seq: number, automatic: boolean): string {
  return `${automatic ? AUTO_PREFIX : MANUAL_PREFIX}${stamp(now)}-s${seq}.cwbak`
}

/** When an archive was taken, read from its name (village time, UTC+8); null for other names. */
export function timeOfName(name: string): Date | null {
  const m = ARCHIVE_NAME.exec(name)
  if (!m) return null
  const [d, t] = [m[2]!, m[3]!]
  const num = (s: string, a: number, b: number) => Number(s.slice(a, b))
  const wall = Date.UTC(
    num(d, 0, 4),
    num(d, 4, 6) - 1,
    num(d, 6, 8),
    num(t, 0, 2),
    num(t, 2, 4),
    num(t, 4, 6),
  )
  return new Date(wall - VILLAGE_OFFSET_MS)
}

/** The summary of an archive at `path`. */
export function summaryOf(path: string, h: ArchiveHeader, bytes: number): BackupSummary {
  return {
    path,
    fileName: basename(path),
    createdAt: h.createdAt,
    villageName: h.villageName,
    journalSeq: h.journal.seq,
    journalHash: checkpointHash(h.journal.hash),
    files: h.files + h.attachments.length,
    bytes: bytes + h.attachments.reduce((n, a) => n + a.size, 0),
    automatic: h.automatic,
    portable: !!h.recovery,
  }
}
