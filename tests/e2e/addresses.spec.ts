/**
 * The address after # is the screen (router/kiosk-history.ts): a tap writes it, a changed address
 * (typed, or the browser's back) is followed, and the router keeps nothing else about the page.
 */
import { expect, test } from './fixtures'
import { APP_ORIGIN } from './hosts/bridge'
import { HomePage } from './pages/home'
import { ProjectDetailPage, ProjectsPage } from './pages/projects'

test('a tap writes the screen’s address; back and a typed address open theirs', async ({
  kiosk,
}) => {
  test.skip(kiosk.host.name !== 'bridge', 'loads the page by its address (bridge host)')
  const { page } = kiosk
  const home = new HomePage(page)
  // Opened with no address at all, the kiosk shows its home and writes #/.
  await page.goto(`${APP_ORIGIN}/index.html`)
  await expect(home.income()).toBeVisible()
  await expect.poll(() => new URL(page.url()).hash).toBe('#/')

  await home.openSection('projects')
  const projects = new ProjectsPage(page)
  await expect(projects.list()).toBeVisible()
  expect(new URL(page.url()).hash).toBe('#/projects')
  const id = await projects.rows().first().getAttribute('data-id')
  await projects.open(id!)
  await expect(new ProjectDetailPage(page).stage()).toBeVisible()
  expect(new URL(page.url()).hash).toBe(`#/projects/${id}`)

  // The browser's back (a kiosk has none, a test and a keyboard do) goes one screen back.
  await page.goBack()
  await expect(projects.list()).toBeVisible()
  expect(new URL(page.url()).hash).toBe('#/projects')

  // A typed address in the same page: its screen opens, without reloading the page.
  await page.evaluate(() => ((window as unknown as { __samePage: boolean }).__samePage = true))
  await page.goto(`${APP_ORIGIN}/index.html#/notices`)
  await expect(page.getByTestId('notice-current')).toBeVisible()
  expect(
    await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage),
  ).toBe(true)

  // A cadre's address typed by a villager: login, with the address to go on to.
  await page.goto(`${APP_ORIGIN}/index.html#/admin/ledger`)
  await expect(page.getByTestId('login-cancel')).toBeVisible()
  expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#/login?next=/admin/ledger')

  // The address is all the router writes into the page's history: no position, no scroll offset.
  expect(await page.evaluate(() => history.state as unknown)).toBeNull()
  await page.reload()
  await expect(page.getByTestId('login-cancel')).toBeVisible()
})
