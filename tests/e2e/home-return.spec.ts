/**
 * 回首页, the kiosk's most frequent tap: the home screen comes back as it was (kept, not
 * rebuilt), and what it shows is still today's, even when nothing was published meanwhile.
 */
import { expect, test } from './fixtures'
import { HomePage } from './pages/home'
import { LoginPage } from './pages/login'
import { PINS } from './support/ledger-admin'

test('back home, a notice whose time has ended is gone from the home screen', async ({ kiosk }) => {
  test.skip(!kiosk.host.setNow, 'needs to move the core clock (bridge host)')
  const { page } = kiosk
  await kiosk.open('/')
  const home = new HomePage(page)
  await expect(home.income()).toBeVisible()
  const summary = await kiosk.call('home.summary', {})
  const ending = summary.notices
    .filter((n) => n.validTo)
    .sort((a, b) => a.validTo!.localeCompare(b.validTo!))[0]
  expect(ending, 'the demo has a current notice with an end date').toBeDefined()
  const card = page.locator(`[data-testid=home-notice][data-id="${ending!.id}"]`)
  await expect(card).toContainText(ending!.title)

  await home.openSection('projects')
  await expect(page.getByTestId('project-list')).toBeVisible()
  // The day after the notice's last day: no record changed, only the date.
  kiosk.host.setNow!(
    new Date(Date.parse(`${ending!.validTo}T01:30:00.000Z`) + 86_400_000).toISOString(),
  )
  await page.getByTestId('back').click()
  await expect(home.income()).toBeVisible()
  await expect(card).toHaveCount(0)
  await expect(page.getByTestId('home-notice').first()).toBeVisible()
})

test('back home shows the same home screen again, without a loading step', async ({ kiosk }) => {
  const { page } = kiosk
  await kiosk.open('/')
  const home = new HomePage(page)
  await expect(home.income()).toBeVisible()
  const income = await home.income().textContent()
  // Marks the home's own figure: a rebuilt screen would not carry the mark.
  await home.income().evaluate((el) => el.setAttribute('data-seen', 'yes'))
  await home.openSection('notices')
  await expect(page.getByTestId('notice-current')).toBeVisible()
  await expect(home.income()).toHaveCount(0)
  await page.getByTestId('back').click()
  await expect(home.income()).toHaveAttribute('data-seen', 'yes')
  await expect(home.income()).toHaveText(income!)
  await expect(page.getByTestId('loading-state')).toHaveCount(0)
})

test('while the home screen waits, every tile’s screen is made ready; the PDF code and the cadres’ routes are not', async ({
  kiosk,
}) => {
  const { page } = kiosk
  await kiosk.open('/')
  await expect(new HomePage(page).income()).toBeVisible()
  const fetched = () =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname.split('/').pop() ?? ''),
    )
  const screens = [
    'Finance',
    'Projects',
    'Matters',
    'Notices',
    'Meetings',
    'People',
    'Questions',
    'Search',
  ]
  // Nothing tapped: the screens' code comes in by itself while the home screen sits idle.
  await expect
    .poll(async () => {
      const names = await fetched()
      return screens.filter(
        (s) => !names.some((n) => n.startsWith(`${s}View-`) && n.endsWith('.js')),
      )
    })
    .toEqual([])
  expect(page.url()).toMatch(/#\/$/)
  const names = await fetched()
  expect(names.filter((n) => /^(PdfStage|pdf)[-.]/.test(n))).toEqual([])
  // The workspace's routes come in with its first visit (router/admin-door.ts), not with the kiosk.
  expect(names.filter((n) => n.startsWith('admin-routes-'))).toEqual([])
  await page.getByTestId('admin-entry').click()
  await expect(page.getByTestId('login-cancel')).toBeVisible()
  await expect
    .poll(async () => (await fetched()).filter((n) => n.startsWith('admin-routes-')))
    .toEqual([]) // Logged in, the workspace opens and its routes come in.
  await new LoginPage(page).loginAs('clerk', PINS.clerk)
  await expect(page.getByTestId('admin-shell')).toBeVisible()
  expect((await fetched()).filter((n) => n.startsWith('admin-routes-'))).toHaveLength(1)
})
