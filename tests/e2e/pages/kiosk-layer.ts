import type { Page } from '@playwright/test'

/** What shows over any screen: the idle countdown, the attract loop, detail tools, 大字模式. */
export class KioskLayer {
  constructor(private readonly page: Page) {}
  idleBanner = () => this.page.getByTestId('idle-banner')
  keepBrowsing = () => this.page.getByTestId('idle-keep').click()
  attract = () => this.page.getByTestId('attract')
  attractSlide = () => this.page.getByTestId('attract-slide')
  readAloud = () => this.page.getByTestId('read-aloud')
  qr = () => this.page.getByTestId('facts-qr')
  largeToggle = () => this.page.getByTestId('large-text-toggle')
  overdue = () => this.page.getByTestId('finance-overdue')
}
