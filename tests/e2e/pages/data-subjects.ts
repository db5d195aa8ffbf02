import type { Page } from '@playwright/test'

/** 会计科目对应表: the village's answers (change by category buttons, delete) and the standard list. */
export class DataSubjectsPage {
  constructor(private readonly page: Page) {}
  root = () => this.page.getByTestId('data-subjects')
  subject = (name: string) => this.page.getByTestId(`subject-${name}`)
  said = () => this.page.getByTestId('subjects-said')
  none = () => this.page.getByTestId('subjects-none')
  standard = () => this.page.getByTestId('subjects-standard')

  /** Changes a remembered subject to another category and item, by taps. */
  async change(name: string, category: string, item: string): Promise<void> {
    await this.subject(name).getByTestId('subject-change').click()
    await this.page.getByTestId(`pick-category-${category}`).click()
    await this.page.getByTestId(`pick-item-${item}`).click()
  }

  remove = (name: string) => this.subject(name).getByTestId('subject-remove').click()
}
