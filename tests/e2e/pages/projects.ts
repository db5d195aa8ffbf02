import type { Page } from '@playwright/test'
import { SectionPage } from './sections'

/** 项目进度: stage buttons and the project cards. */
export class ProjectsPage extends SectionPage {
  constructor(page: Page) {
    super(page, 'projects')
  }
  rows = () => this.page.getByTestId('project-row')
  list = () => this.page.getByTestId('project-list')
  /** Taps a stage button ('立项' …) or 全部 (null). */
  chooseStage = (stage: string | null) =>
    this.page.locator(`[data-testid=stage-filter] [data-key="${stage ?? 'all'}"]`).click()
  open = (id: string) => this.page.locator(`[data-testid=project-row][data-id="${id}"]`).click()
}

/** One project: stage, %, money, milestones, entries, the deciding matter. */
export class ProjectDetailPage extends SectionPage {
  constructor(page: Page) {
    super(page, 'project-detail')
  }
  stage = () => this.page.getByTestId('project-stage')
  budget = () => this.page.getByTestId('project-budget')
  spent = () => this.page.getByTestId('project-spent')
  remaining = () => this.page.getByTestId('project-remaining')
  milestones = () => this.page.getByTestId('milestone')
  entries = () => this.page.getByTestId('project-entry')
  chart = () => this.page.getByTestId('spent-chart')
  /** The chart's bars: 预算 then 已支出, each with its amount written beside it. */
  chartBars = () => this.chart().getByTestId('chart-bar')
  openMatter = () => this.page.getByTestId('matter-link').click()
}
