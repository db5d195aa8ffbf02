/** Data in and out: ledger import from Excel/CSV, exports for the township, backup and restore. */
import { z } from 'zod'
import type {
  BackupCheck,
  BackupCreated,
  BackupListing,
  BackupRestored,
  BackupStatus,
  DataProgress,
  RecoveryCodeIssued,
  RecoveryCodeRecord,
  RestoreRecord,
} from '../schemas/data-backup'
import {
  BackupCreateInput,
  BackupInspectInput,
  BackupListInput,
  BackupRestoreInput,
} from '../schemas/data-backup'
import type { ExportFile } from '../schemas/data-export'
import { LedgerExportInput, SheetPdfInput } from '../schemas/data-export'
import type { ImportPreview, ImportResult } from '../schemas/data-import'
import { ImportFileInput } from '../schemas/data-import'
import type { SubjectTable } from '../schemas/subject-map'
import { SubjectAnswer, SubjectText } from '../schemas/subject-map'
import { method, None } from './define'

const KEEPERS = ['clerk', 'admin'] as const
const CADRES = ['clerk', 'supervisor', 'admin'] as const
const ADMIN = ['admin'] as const

export const dataApi = {
  'import.preview': method(ImportFileInput, KEEPERS).returns<ImportPreview>(),
  /** All rows become drafts of the period in one journal entry, or nothing changes. */
  'import.commit': method(ImportFileInput, KEEPERS).returns<ImportResult>(),
  /** The village's 会计科目 → category table: the standard subjects and the clerk's answers. */
  'subjects.list': method(None, KEEPERS).returns<SubjectTable>(),
  /** Remembers (journaled) which category a book's subject counts as, for every later import. */
  'subjects.save': method(SubjectAnswer, KEEPERS).returns<SubjectTable>(),
  'subjects.remove': method(
    z.object({ subject: SubjectText }).strict(),
    KEEPERS,
  ).returns<SubjectTable>(),
  /** The published lines in the township's own columns (日期/凭证号/摘要/会计科目/借方/贷方…). */
  'export.townshipXlsx': method(LedgerExportInput, CADRES).returns<ExportFile>(),
  'export.ledgerCsv': method(LedgerExportInput, CADRES).returns<ExportFile>(),
  'export.ledgerXlsx': method(LedgerExportInput, CADRES).returns<ExportFile>(),
  /** Needs the desktop app (printToPDF); the test host prints the same page with page.pdf. */
  'export.sheetPdf': method(SheetPdfInput, CADRES).returns<ExportFile>(),
  'backup.status': method(None, ADMIN).returns<BackupStatus>(),
  'backup.create': method(BackupCreateInput, ADMIN).returns<BackupCreated>(),
  /** A new recovery code for the archive key (made on first use), shown once to be printed. */
  'backup.newRecoveryCode': method(None, ADMIN).returns<RecoveryCodeIssued>(),
  'backup.list': method(BackupListInput, ADMIN).returns<BackupListing>(),
  'backup.inspect': method(BackupInspectInput, ADMIN).returns<BackupCheck>(),
  'backup.restore': method(BackupRestoreInput, ADMIN).returns<BackupRestored>(),
  /** Every restore, newest first, as journaled: for 核验 (the 监委 must see history replaced). */
  'backup.restores': method(None, ['supervisor', 'admin']).returns<RestoreRecord[]>(),
  /** Every new recovery code made, newest first (who, when; never the code), shown beside restores. */
  'backup.recoveryCodes': method(None, ['supervisor', 'admin']).returns<RecoveryCodeRecord[]>(),
  /** The caller's long task (import, backup, restore), or null when none is running. */
  'data.progress': method(None, CADRES).returns<DataProgress | null>(),
} as const
