import type { Page } from '@playwright/test'

/** 备份与恢复: the automatic backups, a backup to a folder, finding, checking and restoring one. */
export class DataBackupPage {
  constructor(private readonly page: Page) {}
  root = () => this.page.getByTestId('data-backup')
  auto = () => this.page.getByTestId('backup-auto')
  error = () => this.page.getByTestId('backup-error')
  created = () => this.page.getByTestId('backup-created')
  list = () => this.page.getByTestId('restore-list')
  chosen = () => this.page.getByTestId('restore-chosen')
  bad = () => this.page.getByTestId('restore-bad')
  /** After a restore: the login screen's notice, since core ended every session. */
  restored = () => this.page.getByTestId('login-notice')
  recovery = () => this.page.getByTestId('backup-recovery')
  recoveryCode = () => this.page.getByTestId('recovery-code')
  codeEntry = () => this.page.getByTestId('restore-code')
  lastRestore = () => this.page.getByTestId('backup-last-restore')

  /** Taps 生成恢复码 and returns the code the screen shows (once). */
  async makeRecoveryCode(): Promise<string> {
    await this.page.getByTestId('recovery-make').click()
    return (await this.recoveryCode().textContent())?.trim() ?? ''
  }

  /** Types a recovery code on the on-screen keys (dashes are the screen's) and opens the archive. */
  async typeCode(code: string): Promise<void> {
    for (const ch of code.replace(/-/g, '').toLowerCase()) {
      await this.codeEntry().locator(`[data-skbtn="${ch}"]`).click()
    }
    await this.page.getByTestId('restore-code-open').click()
  }

  async backupTo(folder: string): Promise<void> {
    await this.page.getByTestId('backup-folder').fill(folder)
    await this.page.getByTestId('backup-create-go').click()
  }

  async lookIn(folder: string): Promise<void> {
    await this.page.getByTestId('restore-folder').fill(folder)
    await this.page.getByTestId('restore-look').click()
  }

  /** Taps the archive in the list whose text contains `text`. */
  pick = (text: string) => this.list().getByRole('button', { name: text }).click()

  async restoreConfirmed(): Promise<void> {
    await this.page.getByTestId('restore-start').click()
    await this.page.getByTestId('restore-yes').click()
  }
}
