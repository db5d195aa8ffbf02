/**
 * The edges a real village hits: very long names, a section with nothing in it, accounts not
 * published on time, and "最后更新" on every section agreeing with core.
 */
import type { Page } from '@playwright/test'
import type { Project } from '../../contract'
import { expect, test } from './fixtures'
import { HomePage } from './pages/home'
import { KioskLayer } from './pages/kiosk-layer'
import { ProjectDetailPage, ProjectsPage } from './pages/projects'

const SECTION_ROUTES = {
  projects: '/projects',
  matters: '/matters',
  meetings: '/meetings',
  notices: '/notices',
  people: '/people',
  budget: '/finance/budget',
  assets: '/finance/assets',
  debts: '/finance/debts',
  distributions: '/finance/distributions',
  specials: '/finance/specials',
} as const

/** What on the page is wider than its box (sideways scrolling); empty when all fits. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main, main *')]
      .filter(
        (el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible',
      )
      .map((el) => `${el.tagName}.${el.className} ${el.scrollWidth}>${el.clientWidth}`)
      .concat(document.documentElement.scrollWidth > innerWidth ? ['page'] : []),
  )
}

test('very long names and texts wrap without breaking the layout', async ({ kiosk }) => {
  const core = kiosk.host.core
  test.skip(!core, 'needs the core in the test process (bridge host)')
  const template = core!.store.all('projects').find((p) => p.status === 'published')!
  const long: Project = {
    ...template,
    id: 'long-name-project',
    name: '村'.repeat(60),
    contractor: '东台市'.repeat(20),
    summary: '很长的说明'.repeat(100),
    milestones: template.milestones.map((m) => ({ ...m, note: 'x'.repeat(300) })),
    updatedAt: '2026-11-24T02:00:00.000Z',
  }
  await core!.store.commit({
    actor: null,
    action: 'test.long',
    entity: 'projects',
    id: long.id,
    puts: [{ coll: 'projects', id: long.id, value: long }],
  })
  await kiosk.open('/')
  await new HomePage(kiosk.page).openSection('projects')
  const list = new ProjectsPage(kiosk.page)
  await expect(list.rows().filter({ hasText: long.name })).toBeVisible()
  expect(await overflowing(kiosk.page)).toEqual([])
  await list.open(long.id)
  await expect(new ProjectDetailPage(kiosk.page).budget()).toBeVisible()
  await expect(kiosk.page.locator('main h1')).toHaveText(long.name)
  expect(await overflowing(kiosk.page)).toEqual([])
})

test('最后更新 on every section is the date core gives for it', async ({ kiosk }) => {
  await kiosk.open('/')
  const freshness = await kiosk.call('kiosk.freshness', {})
  for (const [section, route] of Object.entries(SECTION_ROUTES)) {
    const expected = freshness.sections.find((s) => s.section === section)!.lastUpdated
    expect(expected, `${section} has content in the demo`).not.toBe('')
    await kiosk.open(route)
    await expect(kiosk.page.getByTestId('section-updated')).toHaveAttribute('data-at', expected)
  }
})

test('accounts overdue by the quarterly rule are flagged in plain words', async ({ kiosk }) => {
  test.skip(!kiosk.host.setNow, 'needs to move the core clock (bridge host)')
  const { page } = kiosk
  await kiosk.open('/')
  await page.getByTestId('home').waitFor()
  await expect(new KioskLayer(page).overdue()).toHaveCount(0)
  const onTime = await kiosk.call('kiosk.freshness', {})
  expect(onTime.finance.overdue).toBe(false)

  // The day after the next sheet was due, nothing new published: the warning appears.
  const late = new Date(Date.parse(`${onTime.finance.dueBy!}T01:30:00.000Z`) + 86_400_000)
  kiosk.host.setNow!(late.toISOString())
  await kiosk.open('/finance')
  const overdue = await kiosk.call('kiosk.freshness', {})
  expect(overdue.finance.overdue).toBe(true)
  await expect(new KioskLayer(page).overdue()).toHaveText(overdue.finance.warning!)
  await new HomePage(page).villageName().waitFor()
  await page.getByTestId('back').click()
  await expect(new KioskLayer(page).overdue()).toBeVisible()
})

test('a section with nothing published says so in plain words and where to ask', async ({
  kiosk,
}) => {
  const core = kiosk.host.core
  test.skip(!core, 'needs the core in the test process (bridge host)')
  // Every record of the sections back to draft (not public), and no cadres on record.
  const colls = [
    'projects',
    'matters',
    'meetings',
    'notices',
    'budget',
    'assets',
    'debts',
    'distributions',
    'specials',
    'duties',
  ] as const
  for (const coll of colls) {
    const puts = core!.store
      .all(coll)
      .map((r) => ({ coll, id: r.id, value: { ...r, status: 'draft' } }))
    await core!.store.commit({
      actor: null,
      action: 'test.unpublish',
      entity: coll,
      id: coll,
      puts,
    })
  }
  const members = core!.store.all('members').map((m) => ({
    coll: 'members' as const,
    id: m.id,
    value: null,
  }))
  await core!.store.commit({
    actor: null,
    action: 'test.clear',
    entity: 'members',
    id: 'all',
    puts: members,
  })

  for (const [section, route] of Object.entries(SECTION_ROUTES)) {
    await kiosk.open(route)
    const empty = kiosk.page.getByTestId(section).getByTestId('empty-state')
    await expect(empty.first(), route).toBeVisible()
    for (const note of await empty.all()) await expect(note, route).toContainText('村委会')
  }
})

test('the 乡镇汇总 console’s address on a village kiosk leads home, never to a screen with no way back', async ({
  kiosk,
}) => {
  const { page } = kiosk
  const home = new HomePage(page)
  // Opened as the first screen (a reload on that address) …
  await kiosk.open('/township')
  await expect(home.villageName()).toBeVisible()
  await expect(page).toHaveURL(/#\/$/)
  await expect(page.getByRole('heading', { name: '乡镇汇总' })).toHaveCount(0)
  // … and typed in while the kiosk runs.
  await home.openSection('projects')
  await page.evaluate(() => (location.hash = '#/township'))
  await expect(home.villageName()).toBeVisible()
  await expect(page).toHaveURL(/#\/$/)
  await expect(page.getByRole('heading', { name: '乡镇汇总' })).toHaveCount(0)
})
