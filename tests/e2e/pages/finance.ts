import { expect, type Page } from '@playwright/test'

/** 财务公开: period picker, totals, paged entry list, entry detail. */
export class FinancePage {
  constructor(private readonly page: Page) {}
  sheet = () => this.page.getByTestId('sheet')
  income = () => this.page.getByTestId('sheet-income')
  expense = () => this.page.getByTestId('sheet-expense')
  balance = () => this.page.getByTestId('sheet-balance')
  signed = () => this.page.getByTestId('sheet-signed')
  daxie = () => this.page.getByTestId('entry-detail-daxie')
  /** The entry list; data-count is how many lines are fetched, data-total how many exist. */
  list = () => this.page.getByTestId('entry-list')

  /** Back to the list's first line (a swipe up, done directly). */
  scrollListToTop = () =>
    this.page
      .getByTestId('entry-list')
      .locator('.viewport')
      .evaluate((el) => el.scrollTo(0, 0))

  /** Taps the year, then the month or quarter, and waits for that sheet. */
  async choose(period: string): Promise<void> {
    await this.page.locator(`[data-testid=period-year][data-year="${period.slice(0, 4)}"]`).click()
    await this.page.locator(`[data-testid=period-option][data-period="${period}"]`).click()
    await this.page.locator(`[data-testid=sheet][data-period="${period}"]`).waitFor()
  }

  /** Every entry id in the list, paging down by taps (fetching further pages) until the last. */
  async allEntryIds(): Promise<string[]> {
    const ids = new Set<string>()
    const down = this.page.getByTestId('entries-page-down')
    for (let guard = 0; guard < 200; guard++) {
      for (const id of await this.page
        .getByTestId('entry-row')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id') ?? '')))
        ids.add(id)
      if (await down.isDisabled()) break
      const before = await this.page.getByTestId('entries-range').textContent()
      // A page fetched by the tap before may land between the check and this tap and reach the
      // end: 下一页 then turns off, so the next round reads the last rows and stops.
      const tapped = await down.click({ timeout: 5_000 }).then(
        () => true,
        async (e: unknown) => {
          if (await down.isDisabled()) return false
          throw e
        },
      )
      if (!tapped) continue
      await this.page.waitForFunction(
        (b) => document.querySelector('[data-testid=entries-range]')?.textContent !== b,
        before,
      )
    }
    return [...ids]
  }

  /** Taps 下一页 `times` times, each time waiting for the 第 … 笔 range to move on. */
  async pageDown(times: number): Promise<void> {
    const range = this.page.getByTestId('entries-range')
    for (let i = 0; i < times; i++) {
      const before = (await range.textContent())!
      await this.page.getByTestId('entries-page-down').click()
      await expect(range).not.toHaveText(before)
    }
  }

  /** The id of the line drawn at the top edge of the list's box (undefined: none there). */
  async topLineId(): Promise<string | null | undefined> {
    const box = (await this.list().locator('.viewport').boundingBox())!
    return this.page.evaluate(
      ({ x, y }) =>
        document
          .elementFromPoint(x, y)
          ?.closest('[data-testid=entry-row]')
          ?.getAttribute('data-id'),
      { x: box.x + box.width / 2, y: box.y + 2 },
    )
  }

  openEntry = (id: string) => this.page.locator(`[data-testid=entry-row][data-id="${id}"]`).click()
}
