import type { Page } from '@playwright/test'
import { SectionPage } from './sections'

/** 公示公告: current notices, the archive toggle, and the rows. */
export class NoticesPage extends SectionPage {
  constructor(page: Page) {
    super(page, 'notices')
  }
  current = () => this.page.getByTestId('notice-current').getByTestId('notice-row')
  archive = () => this.page.getByTestId('notice-archive').getByTestId('notice-row')
  toggleArchive = () => this.page.getByTestId('archive-toggle').click()
  /** The current list itself: data-count is how many are fetched, data-total how many exist. */
  currentList = () => this.page.getByTestId('notice-current')
  more = () => this.page.getByTestId('notice-current-more')
  listEnd = () => this.page.getByTestId('notice-current-end')
  titles = () => this.page.getByTestId('notice-title')
  open = (id: string) =>
    this.page.locator(`[data-testid=notice-row][data-id="${id}"]`).first().click()
}

/** One notice or 公示: countdown, list, how to object. */
export class NoticeDetailPage extends SectionPage {
  constructor(page: Page) {
    super(page, 'notice-detail')
  }
  title = () => this.page.getByTestId('notice-detail-title')
  countdown = () => this.page.getByTestId('countdown')
  countdownDays = () => this.page.getByTestId('countdown-days')
  rows = () => this.page.getByTestId('gongshi-row')
  list = () => this.page.getByTestId('gongshi')
  objection = () => this.page.getByTestId('objection')
}
