/** Exports for the township (CSV, .xlsx) and the 公开表 PDF printed by the desktop host. */
import { fileSafe, periodLabel } from '../../../../contract'
import type { ExportFile } from '../../../../contract/schemas/data-export'
import type { Paper } from '../../../../contract/schemas/data-export'
import { ApiFailure } from '../../api/failure'
import type { HandlerGroup } from '../../api/handlers'
import type { Store } from '../../store/types'
import { publishedSheets } from '../published'
import { maskPublicOutput } from '../public-mask'
import { ledgerCsv } from './export/csv'
import { exportRows, exportSheets, scopeLabel } from './export/rows'
import { townshipXlsx } from './export/township'
import { ledgerXlsx } from './export/xlsx'

/** What the host can print: Electron renders the print view and calls printToPDF. */
export type PrintSheetPdf = (req: {
  period: string
  paper: Paper
  title: string
}) => Promise<Uint8Array>

/**
 * The village's name as the public screen shows it: one kept from before any check (an old
 * backup restored) is masked there, and a file's name or title on a stick must not carry more.
 */
function villageName(store: Store): string {
  return maskPublicOutput(store.get('village', 'profile')?.name ?? '本村')
}

/** The village's name as it starts every export's file name (safe on any USB stick). */
const fileName = (store: Store) => fileSafe(villageName(store))

const file = (fileName: string, mime: string, bytes: Uint8Array, rows: number): ExportFile => ({
  fileName,
  mime,
  bytesBase64: Buffer.from(bytes).toString('base64'),
  rows,
})

/** Handlers; `print` is absent where the host cannot print (the test bridge). */
export function exportHandlers(
  print: PrintSheetPdf | undefined,
): HandlerGroup<
  'export.ledgerCsv' | 'export.ledgerXlsx' | 'export.townshipXlsx' | 'export.sheetPdf'
> {
  return {
    'export.ledgerCsv': (scope, { store, now }) => {
      const rows = exportRows(store, scope)
      const name = `${fileName(store)}-${scopeLabel(scope)}-账目.csv`
      const bytes = ledgerCsv(rows, { checkpoint: store.head(), exportedAt: now().toISOString() })
      return file(name, 'text/csv;charset=utf-8', bytes, rows.length)
    },
    'export.ledgerXlsx': async (scope, { store, now }) => {
      const rows = exportRows(store, scope)
      const title = `${villageName(store)} ${scopeLabel(scope)}村级账目（已公开）`
      const bytes = await ledgerXlsx(rows, {
        title,
        checkpoint: store.head(),
        exportedAt: now().toISOString(),
      })
      const mime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
      return file(`${fileName(store)}-${scopeLabel(scope)}-账目.xlsx`, mime, bytes, rows.length)
    },
    'export.townshipXlsx': async (scope, { store, now }) => {
      const lines = exportSheets(store, scope).flatMap((s) => s.lines)
      const title = `${villageName(store)} ${scopeLabel(scope)}凭证明细（已公开，供乡镇核对）`
      const bytes = await townshipXlsx(lines, {
        title,
        checkpoint: store.head(),
        exportedAt: now().toISOString(),
      })
      const mime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
      const name = `${fileName(store)}-${scopeLabel(scope)}-乡镇格式.xlsx`
      return file(name, mime, bytes, lines.length)
    },
    'export.sheetPdf': async ({ period, paper }, { store }) => {
      const sheet = publishedSheets(store).get(period)
      if (!sheet)
        throw new ApiFailure(
          'NOT_FOUND',
          `${periodLabel(period)}的公开表还没有经监委签字公开，不能打印`,
        )
      if (!print) {
        throw new ApiFailure('CONFLICT', '这里不能生成 PDF：请在村务公开桌面程序中导出公开表')
      }
      const title = `${villageName(store)} ${periodLabel(period)}财务公开表`
      let bytes: Uint8Array
      try {
        bytes = await print({ period, paper, title })
      } catch {
        throw new ApiFailure(
          'INTERNAL',
          '生成 PDF 没有成功，请稍后重试；如果一再失败，请联系技术人员',
        )
      }
      return file(
        `${fileName(store)}-${periodLabel(period)}-公开表-${paper}.pdf`,
        'application/pdf',
        bytes,
        1,
      )
    },
  }
}
