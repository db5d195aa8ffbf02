import type { Page } from '@playwright/test'

/**
 * The cadres' 账目 screens: the periods list, a period (entries, submit, the 监委's review),
 * the entry form, an entry's own page and the corrections queue. Everything by tap or typing.
 */
export class LedgerAdminPage {
  constructor(private readonly page: Page) {}
  private id = (s: string) => this.page.getByTestId(s)

  home = () => this.id('ledger-home')
  openable = (period: string) => this.id(`open-${period}`)
  sheetLink = (period: string) =>
    this.page.locator(`[data-testid=ledger-sheet][data-period="${period}"]`)
  pendingSign = (period: string) =>
    this.page.locator(`[data-testid=pending-sign][data-period="${period}"]`)
  pendingReturned = (period: string) =>
    this.page.locator(`[data-testid=pending-returned][data-period="${period}"]`)
  pendingCorrections = () => this.id('pending-corrections')

  periodView = () => this.id('ledger-period')
  status = () => this.id('sheet-status')
  returnComment = () => this.id('return-comment')
  totals = () => this.id('period-totals')
  rows = () => this.id('admin-entry')
  row = (voucher: string) =>
    this.page.locator(`[data-testid=admin-entry][data-voucher="${voucher}"]`)
  problem = () => this.id('ledger-problem')
  notice = () => this.id('ledger-notice')

  form = () => this.id('entry-form')
  fieldError = (field: string) => this.id(`error-${field}`)
  daxie = () => this.id('amount-daxie')

  entryView = () => this.id('ledger-entry')
  entryState = () => this.id('ledger-entry-state')
  fact = (key: string) => this.id(`fact-${key}`)

  corrections = () => this.id('correction-item')

  /** From the workspace nav to the 账目 area. */
  async openArea(): Promise<void> {
    await this.id('admin-nav-ledger').click()
    await this.home().waitFor()
  }

  /** Opens a period nobody started yet and taps 开始录入这一期. */
  async startPeriod(period: string): Promise<void> {
    await this.openable(period).click()
    await this.id('period-start').click()
    await this.id('entry-add').waitFor()
  }

  async openPeriod(period: string): Promise<void> {
    await this.sheetLink(period).click()
    await this.periodView().waitFor()
  }

  /** Fills the entry form by touch (day, category, item, direction) and typing, without saving. */
  async fill(line: EntryLine): Promise<void> {
    if (line.date) {
      const month = this.page.getByTestId(`month-${line.date.slice(0, 7)}`)
      if (await month.count()) await month.click()
      await this.id(`day-${line.date}`).click()
    }
    if (line.voucherNo !== undefined) await this.id('input-voucherNo').fill(line.voucherNo)
    if (line.summary !== undefined) await this.id('input-summary').fill(line.summary)
    if (line.category) await this.id(`category-${line.category}`).click()
    if (line.item) await this.id(`item-${line.item}`).click()
    if (line.direction) await this.id(`direction-${line.direction}`).click()
    if (line.amount !== undefined) await this.id('input-amountFen').fill(line.amount)
    if (line.counterparty !== undefined) await this.id('input-counterparty').fill(line.counterparty)
    if (line.handler !== undefined) await this.id('input-handler').fill(line.handler)
    if (line.reason !== undefined) await this.id('input-reason').fill(line.reason)
  }

  save = () => this.id('entry-save').click()
  addEntry = () => this.id('entry-add').click()
  submit = () => this.id('sheet-submit').click()
  backToPeriod = () => this.id('back').click()

  /** The 监委 names lines, writes a comment and sends the sheet back. */
  async sendBack(comment: string, vouchers: string[] = []): Promise<void> {
    for (const v of vouchers) await this.row(v).getByTestId('admin-entry-pick').click()
    await this.id('input-comment').fill(comment)
    await this.id('review-return').click()
  }

  /** The 监委 taps 签字公开, then confirms. */
  async signAndPublish(): Promise<void> {
    await this.id('review-publish').click()
    await this.id('review-publish-confirm').click()
  }

  async openEntry(voucher: string): Promise<void> {
    await this.row(voucher).getByTestId('admin-entry-open').click()
    await this.entryView().waitFor()
  }
}

/** One line as a clerk would enter it: the amount in 元 as typed. */
export interface EntryLine {
  date?: string
  voucherNo?: string
  summary?: string
  category?: string
  item?: string
  direction?: 'income' | 'expense'
  amount?: string
  counterparty?: string
  handler?: string
  reason?: string
}
