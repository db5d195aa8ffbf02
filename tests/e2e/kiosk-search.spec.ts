/**
 * 搜索 as a villager does it: pinyin initials tapped on the on-screen keyboard, results grouped
 * by section, and plain help when nothing matches.
 */
import { expect, test } from './fixtures'
import { HomePage } from './pages/home'
import { ProjectDetailPage } from './pages/projects'
import { SearchPage } from './pages/search'

test('search: "xl" typed on the on-screen keyboard finds the road project', async ({ kiosk }) => {
  const { page } = kiosk
  await kiosk.open('/')
  await new HomePage(page).openSection('search')
  const search = new SearchPage(page)
  await search.tapKeys('xl')
  await expect(search.input()).toHaveValue('xl')
  const result = await kiosk.call('search', { q: 'xl' })
  await expect(search.results()).toHaveAttribute('data-total', String(result.total))
  const road = result.groups
    .find((g) => g.section === 'projects')
    ?.hits.find((h) => h.title.includes('修路') || h.title.includes('道路'))
  expect(road, 'core finds the road project for xl').toBeTruthy()
  const hit = search.group('projects').locator(`[data-testid=search-hit][data-id="${road!.id}"]`)
  await expect(hit).toContainText(road!.title)
  await expect(hit).toHaveAttribute('href', `#/projects/${encodeURIComponent(road!.id)}`)
  await hit.click()
  await expect(new ProjectDetailPage(page).root()).toHaveAttribute('data-testid', 'project-detail')
  await expect(page.getByTestId('project-money')).toBeVisible()
})

test('search: nothing found says what to try, in plain words', async ({ kiosk }) => {
  await kiosk.open('/search')
  const search = new SearchPage(kiosk.page)
  await search.tapKeys('zzzq')
  await expect(search.empty()).toBeVisible()
  await expect(search.empty()).toContainText('xl')
  await search.key('删除').click()
  await expect(search.input()).toHaveValue('zzz')
  await search.key('全部清空').click()
  await expect(search.input()).toHaveValue('')
})
