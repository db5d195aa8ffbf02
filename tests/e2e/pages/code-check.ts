import type { Page } from '@playwright/test'

/** 核对核验码: the number pad for a noted 序号, and the code at that number. */
export class CodeCheckPage {
  constructor(private readonly page: Page) {}
  /** The footer's 核验码 area, which opens this page. */
  footerOpen = () => this.page.getByTestId('checkpoint-open')
  root = () => this.page.getByTestId('code-check')
  digits = () => this.page.getByTestId('code-check-digits')
  submit = () => this.page.getByTestId('code-check-submit')
  result = () => this.page.getByTestId('code-check-result')
  error = () => this.page.getByTestId('code-check-error')
  today = () => this.page.getByTestId('code-check-today')

  /** Types a number on the pad, digit by digit, and taps 查看. */
  async look(seq: number): Promise<void> {
    await this.page.getByTestId('digit-clear').click()
    for (const d of String(seq)) await this.page.getByTestId(`digit-key-${d}`).click()
    await this.submit().click()
  }
}
