import type { Page } from '@playwright/test'
import { DrivesPart, USB } from './drives'

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

  /** Picks the stand-in stick (or a folder on it) with the app's browser, then 开始备份. */
  async backupToUsb(...folders: string[]): Promise<void> {
    await this.page.getByTestId('backup-pick-folder').click()
    const drives = new DrivesPart(this.page)
    await drives.walk(USB, ...folders)
    await drives.here()
    await this.page.getByTestId('backup-create-go').click()
  }

  /** 从U盘找备份: the stick (or a folder on it) through the app's browser, 在这里找备份. */
  async lookInUsb(...folders: string[]): Promise<void> {
    await this.page.getByTestId('restore-pick').click()
    const drives = new DrivesPart(this.page)
    await drives.walk(USB, ...folders)
    await drives.here()
  }

  /** 看本机的自动备份: this machine's own backups, named by core. */
  lookAuto = () => this.page.getByTestId('restore-auto').click()

  /** Taps the archive in the list whose text contains `text`. */
  pick = (text: string) => this.list().getByRole('button', { name: text }).click()

  async restoreConfirmed(): Promise<void> {
    await this.page.getByTestId('restore-start').click()
    await this.page.getByTestId('restore-yes').click()
  }
}
