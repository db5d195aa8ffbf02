import type { Page } from '@playwright/test'
import { SectionPage } from './sections'

/** 村干部: members by body and the year-round duties. */
export class PeoplePage extends SectionPage {
  constructor(page: Page) {
    super(page, 'people')
  }
  members = () => this.page.getByTestId('member')
  body = (body: string) => this.page.locator(`[data-testid=people-body][data-body="${body}"]`)
  duties = () => this.page.getByTestId('duty')
  phones = () => this.page.getByTestId('member-phone')
}
