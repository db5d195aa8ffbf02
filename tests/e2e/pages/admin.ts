import type { Page } from '@playwright/test'

/** The cadre workspace's frame and its own screens: home, accounts, 核验, demo switch, setup. */
export class AdminPage {
  constructor(private readonly page: Page) {}
  shell = () => this.page.getByTestId('admin-shell')
  who = () => this.page.getByTestId('admin-who')
  logout = () => this.page.getByTestId('admin-logout').click()
  nav = (key: string) => this.page.getByTestId(`admin-nav-${key}`)
  home = () => this.page.getByTestId('admin-home')
  storageAlerts = () => this.page.getByTestId('storage-alerts')

  verdict = () => this.page.getByTestId('verify-verdict')
  verifyText = () => this.page.getByTestId('verify-text')
  verifyFirstBad = () => this.page.getByTestId('verify-first-bad')
  verifyHalted = () => this.page.getByTestId('verify-halted')
  verifyRecordsBad = () => this.page.getByTestId('verify-records-bad')
  verifyRecords = () => this.page.getByTestId('verify-records')
  verifyCheckpoint = () => this.page.getByTestId('verify-checkpoint')

  userRow = (name: string) => this.page.locator(`[data-testid=user-row][data-name="${name}"]`)
  historyItems = () => this.page.getByTestId('history-item')

  /** Fills the first-run wizard step by step and finishes it. */
  async runSetup(v: {
    name: string
    township: string
    county: string
    members: Array<{ name: string; body: 'party' | 'committee' | 'supervision'; title: string }>
    admin: string
    pin: string
  }): Promise<void> {
    const id = (s: string) => this.page.getByTestId(s)
    await id('setup-village-name').fill(v.name)
    await id('setup-village-township').fill(v.township)
    await id('setup-village-county').fill(v.county)
    await id('setup-next').click()
    for (const m of v.members) {
      await id('setup-member-name').fill(m.name)
      await id(`setup-member-body-${m.body}`).click()
      await id('setup-member-title').fill(m.title)
      await id('setup-member-add').click()
    }
    await id('setup-next').click()
    await this.page.locator(`[data-testid=setup-admin-pick]`, { hasText: v.admin }).click()
    await id('setup-admin-password').click()
    for (const ch of v.pin) await id('setup-pin-pad').getByTestId(`pin-key-${ch}`).click()
    await id('setup-admin-repeat').click()
    for (const ch of v.pin) await id('setup-pin-pad').getByTestId(`pin-key-${ch}`).click()
    await id('setup-next').click()
    await id('setup-finish').click()
  }
}
