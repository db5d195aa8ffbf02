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
  restored = () => this.page.getByTestId('backup-restored')

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
