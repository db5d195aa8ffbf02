import type { Page } from '@playwright/test'

/** 账号管理: the account rows, the account form, and the 监委 confirmation on it. */
export class UsersPage {
  constructor(private readonly page: Page) {}
  root = () => this.page.getByTestId('users')
  row = (name: string) => this.page.locator(`[data-testid=user-row][data-name="${name}"]`)
  form = () => this.page.getByTestId('user-form')
  saved = () => this.page.getByTestId('user-saved')
  error = () => this.page.getByTestId('user-error')
  witness = () => this.page.getByTestId('witness')
  witnessError = () => this.page.getByTestId('error-witness')
  witnessPinError = () => this.page.getByTestId('error-witness.password')
  witnessPublic = () => this.page.getByTestId('witness-public')
  witnessName = (name: string) =>
    this.page.locator(`[data-testid=witness-name][data-name="${name}"]`)

  /** Taps 修改 on an account's row. */
  async edit(name: string): Promise<void> {
    await this.row(name).getByTestId('user-edit').click()
    await this.form().waitFor()
  }

  /** Taps 新建账号 and fills name, role and PIN (by the touch pad). */
  async startNew(name: string, role: string, pin: string): Promise<void> {
    await this.page.getByTestId('user-add').click()
    await this.page.getByTestId('user-name').fill(name)
    await this.page.getByTestId(`user-role-${role}`).click()
    await this.typeOn('user-pin-pad', pin)
  }

  /** Types a new PIN for the account on the form's pad. */
  async resetPin(pin: string): Promise<void> {
    await this.typeOn('user-pin-pad', pin)
  }

  /** Another 监委 member taps their name and types their own PIN. */
  async confirmAs(name: string, pin: string): Promise<void> {
    await this.witnessName(name).click()
    await this.typeOn('witness-pin-pad', pin)
  }

  async save(): Promise<void> {
    await this.page.getByTestId('user-save').click()
  }

  private async typeOn(pad: string, digits: string): Promise<void> {
    for (const ch of digits) await this.page.getByTestId(pad).getByTestId(`pin-key-${ch}`).click()
  }
}
