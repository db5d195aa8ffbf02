/** Backups on a USB stick or a second folder: one verified archive per backup. */
import { z } from 'zod'

const Path = z
  .string({ error: '请填写位置' })
  .trim()
  .min(1, '请填写位置')
  .max(1000, '路径太长')
  // eslint-disable-next-line no-control-regex
  .refine((s) => !/[\u0000-\u001f]/.test(s), { message: '路径里有不可见的字符' })

export const BackupCreateInput = z.object({ targetDir: Path }).strict()
/** The printed recovery code as typed (letters, digits, dashes); checked in core. */
const RecoveryCode = z.string().trim().max(64, '恢复码太长').optional()

export const BackupRestoreInput = z
  .object({
    archivePath: Path,
    recoveryCode: RecoveryCode,
    confirm: z.literal(true, { error: '请先确认要用备份替换现在的数据' }),
    /**
     * The admin's word that the clock is right, though the backup's last change is stamped
     * later (it was made while the clock ran ahead); without it such a restore is refused.
     */
    clockRight: z.literal(true).optional(),
  })
  .strict()
export const BackupInspectInput = z
  .object({ archivePath: Path, recoveryCode: RecoveryCode })
  .strict()
/** A folder to look in; the automatic backup folder when missing. */
export const BackupListInput = z.object({ dir: Path.optional() }).strict()

/** What the archive says about itself: whose data, when, and where the journal stood. */
export interface BackupSummary {
  path: string
  fileName: string
  createdAt: string
  villageName: string
  journalSeq: number
  /** The journal head's checkpoint digits (contract/checkpoint.ts), as the kiosk shows them (核验码). */
  journalHash: string
  files: number
  /** Archive plus the attachments it refers to (stored once, shared by every archive). */
  bytes: number
  automatic: boolean
  /** Sealed with a recovery code: it can be restored on another machine with that code. */
  portable: boolean
}

export interface BackupCreated extends BackupSummary {
  /** Every file was read back from the target and matched its hash. */
  verified: true
}

/** The result of checking an archive without changing anything. */
export type BackupCheck =
  | { ok: true; summary: BackupSummary }
  | {
      ok: false
      path: string
      message: string
      file?: string
      /** The archive is sound so far but needs the printed recovery code to be opened here. */
      needsCode?: true
    }

/** A new recovery code, shown once for the admin to print; never stored in plain text. */
export interface RecoveryCodeIssued {
  code: string
  keyId: string
  at: string
}

/** The last restore, as its journal entry records it. */
export interface RestoreRecord {
  at: string
  actor: string
  archive: string
  oldHead: { seq: number; hash: string }
  newHead: { seq: number; hash: string }
}

/** A new backup recovery code was made: who and when (never the code), for 核验. */
export interface RecoveryCodeRecord {
  id: string
  at: string
  actor: string
}

export interface BackupRestored {
  summary: BackupSummary
  /** Folder (inside the data folder) holding the data that was replaced. */
  replacedInto: string
  journalSeq: number
}

export interface BackupListing {
  dir: string
  archives: BackupSummary[]
  /** Archives that could not be read (named, with why). */
  unreadable: Array<{ fileName: string; message: string }>
}

/** The automatic backups' folder and state, for the admin screen. */
export interface BackupStatus {
  autoDir: string | null
  lastAuto?: BackupSummary
  lastError?: string
  /** Whether the host can print PDFs (Electron). */
  pdf: boolean
  /** Whether backups can be made: a recovery code exists (when it was made). */
  recovery: { ready: boolean; at?: string }
  lastRestore?: RestoreRecord
}

/** A long task's progress, polled by the screen while it waits. */
export interface DataProgress {
  task: 'import' | 'backup' | 'restore' | 'export'
  step: string
  done: number
  total: number
}
