import type { Page } from '@playwright/test'
import { SectionPage } from './sections'

/** The links from 财务公开 to its further pages. */
export class FinanceMoreLinks {
  constructor(private readonly page: Page) {}
  open = (p: 'budget' | 'assets' | 'debts' | 'distributions' | 'specials') =>
    this.page.getByTestId(`finance-more-${p}`).click()
}

/** 财务计划: planned vs actual, income and expense apart. */
export class BudgetPage extends SectionPage {
  constructor(page: Page) {
    super(page, 'budget')
  }
  table = (direction: 'income' | 'expense') => this.page.getByTestId(`budget-${direction}`)
  lines = () => this.page.getByTestId('budget-line')
  over = () => this.page.getByTestId('budget-over')
}

/** 资产、资源、合同 register. */
export class AssetsPage extends SectionPage {
  constructor(page: Page) {
    super(page, 'assets')
  }
  items = () => this.page.getByTestId('asset')
  expiring = () => this.page.locator('[data-testid=asset][data-expiring=true]')
  figure = (id: 'rent' | 'collected' | 'owing') => this.page.getByTestId(`assets-${id}`)
}

/** 债权债务 by kind. */
export class DebtsPage extends SectionPage {
  constructor(page: Page) {
    super(page, 'debts')
  }
  items = () => this.page.getByTestId('debt')
  total = (kind: string) =>
    this.page.locator(`[data-testid=debt-group][data-kind="${kind}"] [data-testid=debt-total]`)
}

/** 收益分配. */
export class DistributionsPage extends SectionPage {
  constructor(page: Page) {
    super(page, 'distributions')
  }
  items = () => this.page.getByTestId('distribution')
}

/** 专项公开 list and one 专项. */
export class SpecialsPage extends SectionPage {
  constructor(page: Page) {
    super(page, 'specials')
  }
  rows = () => this.page.getByTestId('special-row')
  chooseKind = (kind: string | null) =>
    this.page.locator(`[data-testid=special-kinds] [data-key="${kind ?? 'all'}"]`).click()
  open = (id: string) => this.page.locator(`[data-testid=special-row][data-id="${id}"]`).click()
}

export class SpecialDetailPage extends SectionPage {
  constructor(page: Page) {
    super(page, 'special-detail')
  }
  title = () => this.page.getByTestId('special-title')
  rows = () => this.page.getByTestId('special-rows')
}
