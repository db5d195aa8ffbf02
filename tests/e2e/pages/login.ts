import type { Page } from '@playwright/test'

/** The 管理 login screen: name buttons, the PIN pad, and the error under it. */
export class LoginPage {
  constructor(private readonly page: Page) {}
  root = () => this.page.getByTestId('login')
  entry = () => this.page.getByTestId('admin-entry')
  nameButton = (name: string) => this.page.locator(`[data-testid=login-name][data-name="${name}"]`)
  nameByRole = (role: string) => this.page.locator(`[data-testid=login-name][data-role="${role}"]`)
  prompt = () => this.page.getByTestId('login-prompt')
  pinBox = () => this.page.getByTestId('login-pin')
  error = () => this.page.getByTestId('login-error')
  notice = () => this.page.getByTestId('login-notice')
  /** The countdown while this screen waits after wrong PINs. */
  wait = () => this.page.getByTestId('login-wait')

  /** Taps 管理 on a public screen. */
  async open(): Promise<void> {
    await this.entry().click()
    await this.root().waitFor()
  }

  /** Types a PIN on the touch pad, key by key (letters switch the pad to its letters page). */
  async tapPin(pin: string): Promise<void> {
    let letters = false
    for (const ch of pin) {
      const isLetter = /[a-z]/i.test(ch)
      if (isLetter !== letters) {
        await this.page.getByTestId('pin-mode').click()
        letters = isLetter
      }
      await this.page.getByTestId(`pin-key-${ch.toLowerCase()}`).click()
    }
  }

  /** Picks the account of this role by its button, taps the PIN and 登录; returns the name. */
  async loginAs(role: string, pin: string): Promise<string> {
    const button = this.nameByRole(role).first()
    const name = (await button.getAttribute('data-name')) ?? ''
    await button.click()
    await this.tapPin(pin)
    await this.page.getByTestId('pin-submit').click()
    return name
  }

  async submit(): Promise<void> {
    await this.page.getByTestId('pin-submit').click()
  }
}
