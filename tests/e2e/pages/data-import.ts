import type { Page } from '@playwright/test'

/** 导入账目: period, file, summary, column mapping, the row-by-row preview, import. */
export class DataImportPage {
  constructor(private readonly page: Page) {}
  root = () => this.page.getByTestId('data-import')
  period = () => this.page.getByTestId('import-period')
  error = () => this.page.getByTestId('import-error')
  counts = () => this.page.getByTestId('import-counts')
  problems = () => this.page.getByTestId('import-problems')
  row = (line: number) => this.page.getByTestId(`import-row-${line}`)
  commit = () => this.page.getByTestId('import-commit')
  blocked = () => this.page.getByTestId('import-blocked')
  done = () => this.page.getByTestId('import-done')
  toLedger = () => this.page.getByTestId('import-to-ledger')
  progress = () => this.page.getByTestId('task-progress')

  /** Picks a file through the real <input type=file>, as a clerk's dialog would. */
  async choose(name: string, bytes: Buffer, mimeType = 'text/csv'): Promise<void> {
    await this.page.getByTestId('import-file').setInputFiles({ name, mimeType, buffer: bytes })
  }

  /** Says which column holds a field (column index is 0-based), then asks for a new check. */
  async map(field: string, column: number): Promise<void> {
    await this.page.getByTestId(`map-${field}`).selectOption(String(column))
  }

  recheck = () => this.page.getByTestId('import-recheck').click()
}
