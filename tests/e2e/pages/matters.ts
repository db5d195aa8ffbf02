import type { Page } from '@playwright/test'
import { SectionPage } from './sections'

/** 四议两公开: the list of matters. */
export class MattersPage extends SectionPage {
  constructor(page: Page) {
    super(page, 'matters')
  }
  rows = () => this.page.getByTestId('matter-row')
  open = (id: string) => this.page.locator(`[data-testid=matter-row][data-id="${id}"]`).click()
}

/** One matter: six-step tracker, step cards with votes, rule checks. */
export class MatterDetailPage extends SectionPage {
  constructor(page: Page) {
    super(page, 'matter-detail')
  }
  tracker = () => this.page.getByTestId('step-tracker')
  trackerSteps = () => this.page.getByTestId('tracker-step')
  stepCard = (index: number) => this.page.locator(`[data-testid=step-card][data-index="${index}"]`)
  ruleChecks = () => this.page.getByTestId('rule-check')
  title = () => this.page.getByTestId('matter-title')
}
