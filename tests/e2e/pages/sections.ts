import type { Locator, Page } from '@playwright/test'

/** Shared parts of every section screen: 返回, title bar, "最后更新", empty state. */
export class SectionPage {
  constructor(
    protected readonly page: Page,
    readonly testid: string,
  ) {}
  root = (): Locator => this.page.getByTestId(this.testid)
  back = () => this.root().getByTestId('back').click()
  updated = () => this.root().getByTestId('section-updated')
  empty = () => this.root().getByTestId('empty-state')
  /** Waits until the screen is there. */
  ready = () => this.root().waitFor()
}
