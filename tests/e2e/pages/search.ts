import type { Page } from '@playwright/test'
import { SectionPage } from './sections'

/** 搜索: the box, the on-screen keyboard, grouped results. */
export class SearchPage extends SectionPage {
  constructor(page: Page) {
    super(page, 'search')
  }
  input = () => this.page.getByTestId('search-input')
  key = (label: string) =>
    this.page.getByTestId('keyboard').getByRole('button', { name: label, exact: true })
  /** Taps each letter or digit on the on-screen keyboard. */
  async tapKeys(text: string): Promise<void> {
    for (const ch of text) await this.key(ch).click()
  }
  results = () => this.page.getByTestId('search-results')
  group = (section: string) =>
    this.page.locator(`[data-testid=search-group][data-section="${section}"]`)
  hits = () => this.page.getByTestId('search-hit')
  override empty = () => this.page.getByTestId('search-empty')
}
