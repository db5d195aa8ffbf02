import type { Page } from '@playwright/test'
import { DrivesPart, putOnUsb } from './drives'

/** 导入账目: period, file, summary, column mapping, the row-by-row preview, import. */
export class DataImportPage {
  constructor(private readonly page: Page) {}
  root = () => this.page.getByTestId('data-import')
  period = () => this.page.getByTestId('import-period')
  error = () => this.page.getByTestId('import-error')
  summary = () => this.page.getByTestId('import-summary')
  counts = () => this.page.getByTestId('import-counts')
  voided = () => this.page.getByTestId('import-voided')
  problems = () => this.page.getByTestId('import-problems')
  row = (line: number) => this.page.getByTestId(`import-row-${line}`)
  commit = () => this.page.getByTestId('import-commit')
  blocked = () => this.page.getByTestId('import-blocked')
  done = () => this.page.getByTestId('import-done')
  doneVoided = () => this.page.getByTestId('import-done-voided')
  toLedger = (period?: string) =>
    period
      ? this.page.locator(`[data-testid=import-to-ledger][data-period="${period}"]`)
      : this.page.getByTestId('import-to-ledger')
  opened = () => this.page.getByTestId('import-opened')
  waiting = () => this.page.getByTestId('import-waiting')
  split = (period: string) => this.page.getByTestId(`import-split-${period}`)
  question = () => this.page.getByTestId('subject-question')
  pageDown = () => this.page.getByTestId('import-page-down').click()

  /** Answers "which category is this 会计科目" with two taps: the category, then the item. */
  async answer(category: string, item: string): Promise<void> {
    await this.page.getByTestId(`pick-category-${category}`).click()
    await this.page.getByTestId(`pick-item-${item}`).click()
  }
  progress = () => this.page.getByTestId('task-progress')

  /**
   * Puts the file on the stand-in USB stick and taps it in the app's own browser. The MIME type
   * the old <input type=file> took is accepted and unused: core judges a file by its bytes.
   */
  async choose(name: string, bytes: Buffer, _mimeType?: string): Promise<void> {
    const folder = await putOnUsb(this.page, [{ name, buffer: bytes }])
    await this.page.getByTestId('import-pick').click()
    const drives = new DrivesPart(this.page)
    await drives.pick(folder, [name], false)
    // The screen has taken the file (and dropped the old preview) once it shows its name.
    await drives.root().waitFor({ state: 'detached' })
    await this.page.getByTestId('import-file-name').filter({ hasText: name }).waitFor()
  }

  /** Says which column holds a field (column index is 0-based), then asks for a new check. */
  async map(field: string, column: number): Promise<void> {
    await this.page.getByTestId(`map-${field}`).selectOption(String(column))
  }

  recheck = () => this.page.getByTestId('import-recheck').click()
}
