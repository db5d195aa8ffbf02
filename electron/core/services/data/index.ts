/** The data-in-and-out handlers (import, export, backup), bound to one core. */
import type { HandlerGroup } from '../../api/handlers'
import type { DrivesOptions } from '../drives/roots'
import { backupHandlers, type HostHooks } from './backup-handlers'
import type { RestoreHooks } from './backup/restore'
import { exportHandlers, type PrintSheetPdf } from './export-handlers'
import { importHandlers } from './import-handlers'
import { ProgressBoard } from './progress'
import { subjectsHandlers } from './subjects-handlers'

export type { HostHooks } from './backup-handlers'
export type { PrintSheetPdf } from './export-handlers'
export { startAutoBackups, autoBackupDir } from './backup/auto'
export { recoverRestore, recordRestore } from './backup/restore-marker'
export { heldAlert, unrecordedAlert } from './backup/held-alert'
export { rollbackAlert, unfinishedAlert } from './backup/rollback-alert'

/** What the desktop host lends core: PDF printing (absent in the test bridge). */
export interface DataHost extends HostHooks {
  printSheetPdf?: PrintSheetPdf
}

type DataMethod =
  | 'import.preview'
  | 'import.commit'
  | 'subjects.list'
  | 'subjects.save'
  | 'subjects.remove'
  | 'export.townshipXlsx'
  | 'export.ledgerCsv'
  | 'export.ledgerXlsx'
  | 'export.sheetPdf'
  | 'backup.status'
  | 'backup.create'
  | 'backup.newRecoveryCode'
  | 'backup.list'
  | 'backup.inspect'
  | 'backup.restore'
  | 'backup.restores'
  | 'backup.recoveryCodes'
  | 'data.progress'

/**
 * All data handlers over the data folder (`dir`), the store swap, the host's extras and the
 * drives a backup may be written to or read from.
 */
export function dataHandlers(
  o: RestoreHooks & { host?: DataHost; drives: DrivesOptions },
): HandlerGroup<DataMethod> {
  const board = new ProgressBoard()
  const host = o.host ?? {}
  return {
    ...importHandlers(board),
    ...subjectsHandlers,
    ...exportHandlers(host.printSheetPdf),
    ...backupHandlers(o, board, { ...host, canPrintPdf: !!host.printSheetPdf }, o.drives),
    'data.progress': (_input, ctx) => board.get(ctx.caller),
  }
}
