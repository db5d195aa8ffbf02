/**
 * Every public section reached by taps from home, the facts on screen checked against what
 * core returns: counts, totals, the step reached, rule checks, a 公示's days left.
 */
import { formatYuan, plainYuan } from '../../contract'
import { expect, test } from './fixtures'
import {
  AssetsPage,
  BudgetPage,
  DebtsPage,
  DistributionsPage,
  FinanceMoreLinks,
  SpecialDetailPage,
  SpecialsPage,
} from './pages/finance-more'
import { HomePage } from './pages/home'
import { MatterDetailPage, MattersPage } from './pages/matters'
import { MeetingsPage } from './pages/meetings'
import { NoticeDetailPage, NoticesPage } from './pages/notices'
import { PeoplePage } from './pages/people'
import { ProjectDetailPage, ProjectsPage } from './pages/projects'

test.beforeEach(({ kiosk }) => {
  test.skip(!kiosk.host.core, 'needs the core in the test process (bridge host)')
})

test('财务公开 sub-pages by taps show what core returns', async ({ kiosk }) => {
  const { page } = kiosk
  await kiosk.open('/')
  await new HomePage(page).openSection('finance')
  await page.getByTestId('sheet').waitFor()
  const links = new FinanceMoreLinks(page)

  await links.open('budget')
  const budget = await kiosk.call('finance.budget', {})
  const b = new BudgetPage(page)
  await expect(b.lines()).toHaveCount(budget.income.length + budget.expense.length)
  expect(budget.income.length + budget.expense.length).toBeGreaterThan(0)
  await expect(b.table('income').getByTestId('budget-planned-total')).toHaveAttribute(
    'data-fen',
    String(budget.incomeTotals.plannedFen),
  )
  await expect(b.table('expense').getByTestId('budget-actual-total')).toContainText(
    plainYuan(budget.expenseTotals.actualFen),
  )
  await expect(b.over()).toHaveCount(
    [...budget.income, ...budget.expense].filter((l) => l.over).length,
  )
  await b.back()

  await links.open('assets')
  const assets = await kiosk.call('finance.assets', {})
  const a = new AssetsPage(page)
  await expect(a.items()).toHaveCount(assets.items.length)
  await expect(a.expiring()).toHaveCount(assets.expiringSoonCount)
  expect(assets.expiringSoonCount).toBeGreaterThan(0)
  await expect(a.figure('owing')).toContainText(formatYuan(assets.owingFen))
  await a.back()

  await links.open('debts')
  const debts = await kiosk.call('finance.debts', {})
  const d = new DebtsPage(page)
  await expect(d.items()).toHaveCount(debts.items.length)
  for (const total of debts.totals.filter((x) => x.openCount > 0))
    await expect(d.total(total.kind)).toHaveAttribute('data-fen', String(total.openFen))
  await d.back()

  await links.open('distributions')
  const dists = await kiosk.call('finance.distributions', {})
  await expect(new DistributionsPage(page).items()).toHaveCount(dists.length)
  await new DistributionsPage(page).back()

  await links.open('specials')
  const specials = await kiosk.call('finance.specials', {})
  const s = new SpecialsPage(page)
  await expect(s.rows()).toHaveCount(specials.length)
  const kind = specials[0]!.kind
  await s.chooseKind(kind)
  await expect(s.rows()).toHaveCount(specials.filter((x) => x.kind === kind).length)
  await s.open(specials[0]!.id)
  const detail = new SpecialDetailPage(page)
  await expect(detail.title()).toHaveText(specials[0]!.title)
  await expect(page.getByTestId('facts-qr')).toBeVisible()
})

test('项目进度: stage buttons filter, the detail shows budget and spent from the ledger', async ({
  kiosk,
}) => {
  const { page } = kiosk
  await kiosk.open('/')
  await new HomePage(page).openSection('projects')
  const list = new ProjectsPage(page)
  const all = (await kiosk.call('projects.list', {})).items
  await expect(list.rows()).toHaveCount(all.length)

  const building = (await kiosk.call('projects.list', { stage: '施工' })).items
  expect(building.length).toBeGreaterThan(0)
  await list.chooseStage('施工')
  await expect(list.rows()).toHaveCount(building.length)
  for (const p of building)
    await expect(page.locator(`[data-testid=project-row][data-id="${p.id}"]`)).toHaveAttribute(
      'data-percent',
      String(p.percent),
    )

  const p = building[0]!
  await list.open(p.id)
  const view = await kiosk.call('projects.get', { id: p.id })
  const detail = new ProjectDetailPage(page)
  await expect(detail.stage()).toHaveAttribute('data-stage', view.stage)
  await expect(detail.budget()).toHaveAttribute('data-fen', String(view.budgetFen))
  await expect(detail.spent()).toHaveAttribute('data-fen', String(view.spentFen))
  await expect(detail.spent()).toContainText(formatYuan(view.spentFen))
  await expect(detail.entries()).toHaveCount(view.entries.length)
  await expect(detail.milestones()).toHaveCount(view.milestones.length)
  await expect(detail.chart()).toBeVisible()
  // The chart's bars say what they are and how much, in words on the screen.
  await expect(detail.chartBars()).toHaveText([
    `预算${plainYuan(view.budgetFen)}`,
    `已支出${plainYuan(view.spentFen)}`,
  ])
  await expect(detail.chartBars().nth(1)).toHaveAttribute('data-fen', String(view.spentFen))
  expect(view.matter).not.toBeNull()
  await detail.openMatter()
  await expect(new MatterDetailPage(page).title()).toHaveText(view.matter!.title)
})

test('四议两公开: the tracker shows the step reached, votes, and rule checks in words', async ({
  kiosk,
}) => {
  const { page } = kiosk
  await kiosk.open('/')
  await new HomePage(page).openSection('matters')
  const matters = (await kiosk.call('matters.list', {})).items
  const list = new MattersPage(page)
  await expect(list.rows()).toHaveCount(matters.length)

  const broken = matters.find((m) => m.ruleChecks.length > 0)!
  expect(broken, 'the demo has a matter that breaks a rule').toBeTruthy()
  await list.open(broken.id)
  const detail = new MatterDetailPage(page)
  await expect(detail.tracker()).toHaveAttribute('data-reached', String(broken.reached))
  await expect(detail.trackerSteps()).toHaveCount(6)
  await expect(detail.ruleChecks()).toHaveText(broken.ruleChecks)
  const voted = broken.steps.find((s) => s.done && s.due > 0)!
  const inTracker = detail.trackerSteps().nth(voted.index)
  await expect(inTracker.getByTestId('tracker-votes')).toBeInViewport()
  await expect(inTracker.getByTestId('tracker-votes')).toContainText(
    `赞成${voted.votesFor} 反对${voted.votesAgainst} 弃权${voted.abstain}`,
  )
  const votes = detail.stepCard(voted.index).getByTestId('step-votes')
  await expect(votes).toBeVisible()
  await expect(votes).toContainText(String(voted.votesFor))
  await expect(votes).toContainText(String(voted.votesAgainst))
  await expect(votes).toContainText(String(voted.abstain))
  await expect(detail.stepCard(voted.index).getByTestId('step-attendance')).toHaveAttribute(
    'data-present',
    String(voted.present),
  )
})

test('会议记录: meetings by kind with their minutes', async ({ kiosk }) => {
  const { page } = kiosk
  await kiosk.open('/')
  await new HomePage(page).openSection('meetings')
  const all = (await kiosk.call('meetings.list', {})).items
  const view = new MeetingsPage(page)
  await expect(view.meetings()).toHaveCount(all.length)
  // The kind of a meeting held for a matter, so the filtered list has one to open.
  const kind = (all.find((m) => m.matter) ?? all[0]!).kind
  await view.chooseKind(kind)
  const some = (await kiosk.call('meetings.list', { kind })).items
  await expect(view.meetings()).toHaveCount(some.length)
  await expect(view.meetings().first().getByTestId('meeting-minutes')).toHaveText(some[0]!.minutes)
  // A meeting held for a 四议两公开 matter links to it: a real link, and a tap opens the matter.
  const held = some.findIndex((m) => m.matter)
  expect(held, 'the demo holds meetings of matters').toBeGreaterThanOrEqual(0)
  const link = view.meetings().nth(held).getByTestId('meeting-matter')
  await expect(link).toHaveAttribute('href', `#/matters/${some[held]!.matter!.id}`)
  await link.click()
  await expect(page.getByTestId('matter-detail')).toBeVisible()
})

test('公示公告: pinned first, archive, and a 公示 countdown that follows the clock', async ({
  kiosk,
}) => {
  const { page } = kiosk
  await kiosk.open('/')
  await new HomePage(page).openSection('notices')
  const lists = await kiosk.call('notices.list', {})
  const view = new NoticesPage(page)
  await expect(view.current()).toHaveCount(lists.current.length)
  await expect(view.current().first()).toHaveAttribute('data-id', lists.current[0]!.id)
  expect(lists.current[0]!.pinned).toBe(true)
  await view.toggleArchive()
  await expect(view.archive()).toHaveCount(lists.archive.length)

  const g = lists.current.find((n) => n.kind === 'gongshi' && n.daysLeft !== null)!
  await view.open(g.id)
  const detail = new NoticeDetailPage(page)
  const before = await kiosk.call('notices.get', { id: g.id })
  await expect(detail.countdown()).toHaveAttribute('data-days', String(before.countdown!.daysLeft))
  await expect(detail.countdownDays()).toContainText(String(before.countdown!.daysLeft))
  await expect(detail.rows()).toHaveCount(before.rows.length)
  await expect(detail.objection()).toContainText(before.objection)

  // A day later the countdown says one day less (core's clock, re-read on reopening).
  const now = new Date(Date.parse('2026-11-25T01:30:00.000Z') + 86_400_000).toISOString()
  kiosk.host.setNow!(now)
  await detail.back()
  await view.open(g.id)
  const after = await kiosk.call('notices.get', { id: g.id })
  expect(after.countdown!.daysLeft).toBe(before.countdown!.daysLeft - 1)
  await expect(detail.countdown()).toHaveAttribute('data-days', String(after.countdown!.daysLeft))
})

test('村干部: members by body with masked phones, and the year-round duties', async ({ kiosk }) => {
  const { page } = kiosk
  await kiosk.open('/')
  await new HomePage(page).openSection('people')
  const village = await kiosk.call('village.get', {})
  const duties = await kiosk.call('people.duties', {})
  const view = new PeoplePage(page)
  await expect(view.members()).toHaveCount(village.members.length)
  await expect(view.duties()).toHaveCount(duties.length)
  expect(duties.length).toBe(5)
  for (const phone of await view.phones().allTextContents())
    expect(phone, 'no full phone number on screen').not.toMatch(/\d{11}/)
})
