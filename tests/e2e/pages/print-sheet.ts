import type { Page } from '@playwright/test'

/** The printable 公开表 (#/print/sheet/:period): ready once its data is on the page. */
export class PrintSheetPage {
  constructor(private readonly page: Page) {}
  root = () => this.page.getByTestId('print-sheet')
  summary = () => this.page.getByTestId('print-summary')
  entries = () => this.page.getByTestId('print-entries')
  checkpoint = () => this.page.getByTestId('print-checkpoint')
  qr = () => this.page.getByTestId('print-qr')
  /** The notice that the records failed their check when this was printed. */
  haltBanner = () => this.root().getByTestId('halt-banner')
  differBanner = () => this.root().getByTestId('differ-banner')

  /** Waits until the view says everything is loaded (what Electron's printer waits for too). */
  async ready(): Promise<void> {
    await this.page.locator('[data-testid=print-sheet][data-print-ready=yes]').waitFor()
    await this.page.evaluate(() => document.fonts.ready)
  }
}
