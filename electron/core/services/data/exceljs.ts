/**
 * exceljs, loaded the first time a workbook is read or written. It is the largest thing core
 * imports (~300–350 ms of module loading here, seconds on an old PC's eMMC), and every
 * start-up of the kiosk and of the 乡镇汇总 console paid for it before the first screen, while
 * most days no spreadsheet comes in or goes out at all.
 */
import type ExcelJS from 'exceljs'

let loading: Promise<typeof ExcelJS> | null = null

/** The exceljs module; imported once, however often and however concurrently it is asked. */
export function loadExcel(): Promise<typeof ExcelJS> {
  loading ??= import('exceljs').then(
    (m) => m.default,
    (error: unknown) => {
      loading = null // asked again, it is tried again
      throw error
    },
  )
  return loading
}
