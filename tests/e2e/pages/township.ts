import type { Page } from '@playwright/test'

/** The 乡镇汇总 console: problems at the top, one row per village. */
export class TownshipPage {
  constructor(private readonly page: Page) {}
  root = () => this.page.getByTestId('township')
  refresh = () => this.page.getByTestId('township-refresh')
  problems = () => this.page.getByTestId('township-problems')
  problem = () => this.page.getByTestId('township-problem')
  allOk = () => this.page.getByTestId('township-all-ok')
  row = (folder: string) =>
    this.page.locator(`[data-testid=township-village][data-village="${folder}"]`)
  check = (folder: string) => this.row(folder).getByTestId('village-check')
  last = (folder: string) => this.row(folder).getByTestId('village-last')
  due = (folder: string) => this.row(folder).getByTestId('village-due')
}
