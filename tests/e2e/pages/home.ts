import type { Page } from '@playwright/test'

/** The public home screen. */
export class HomePage {
  constructor(private readonly page: Page) {}
  villageName = () => this.page.getByTestId('home-village-name')
  period = () => this.page.getByTestId('home-period')
  income = () => this.page.getByTestId('home-income')
  expense = () => this.page.getByTestId('home-expense')
  sentence = () => this.page.getByTestId('home-sentence')
  demoBanner = () => this.page.getByTestId('demo-banner')
  checkpoint = () => this.page.getByTestId('checkpoint')
  /** The calm banner while core's process starts again. */
  recovering = () => this.page.getByTestId('core-recovering')
  supervisors = () => this.page.getByTestId('home-supervisors')
  /** The notice every screen carries while the journal is stopped at a bad line. */
  haltBanner = () => this.page.getByTestId('halt-banner')
  /** The notice that a data file was found to differ from the journal. */
  differBanner = () => this.page.getByTestId('differ-banner')
  /** Taps a section tile, e.g. 'finance'. */
  openSection = (key: string) => this.page.getByTestId(`tile-${key}`).click()
}
