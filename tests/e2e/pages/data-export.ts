import type { Page } from '@playwright/test'

/** 导出与打印: the 公开表 PDF buttons and preview, and the CSV / Excel files for the township. */
export class DataExportPage {
  constructor(private readonly page: Page) {}
  root = () => this.page.getByTestId('data-export')
  period = () => this.page.getByTestId('export-period')
  scope = () => this.page.getByTestId('export-scope')
  pdf = (paper: 'A4' | 'A3') => this.page.getByTestId(`export-pdf-${paper}`)
  preview = () => this.page.getByTestId('export-preview')
  csv = () => this.page.getByTestId('export-csv')
  xlsx = () => this.page.getByTestId('export-xlsx')
  township = () => this.page.getByTestId('export-township')
  notice = () => this.page.getByTestId('export-notice')
  error = () => this.page.getByTestId('export-error')
}
