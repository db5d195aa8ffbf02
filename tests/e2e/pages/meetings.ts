import type { Page } from '@playwright/test'
import { SectionPage } from './sections'

/** 会议记录: kind buttons and the meetings with minutes. */
export class MeetingsPage extends SectionPage {
  constructor(page: Page) {
    super(page, 'meetings')
  }
  meetings = () => this.page.getByTestId('meeting')
  /** data-count is how many are fetched, data-total how many exist (of the kind chosen). */
  list = () => this.page.getByTestId('meeting-list')
  more = () => this.page.getByTestId('meeting-list-more')
  listEnd = () => this.page.getByTestId('meeting-list-end')
  chooseKind = (kind: string | null) =>
    this.page.locator(`[data-testid=kind-filter] [data-key="${kind ?? 'all'}"]`).click()
}
