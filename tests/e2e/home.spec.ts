import { formatYuan } from '../../contract'
import { checkpointLabel } from '../../contract/checkpoint'
import { expect, test, type Kiosk } from './fixtures'
import { publishedSheetKeys, storedTotals } from './expected'
import { AdminPage } from './pages/admin'
import { HomePage } from './pages/home'
import { LoginPage } from './pages/login'
import { RecordsAdminPage } from './pages/records-admin'
import { PUBLIC_SCREENS, type PublicScreen } from './support/public-screens'

test('home shows the village and the latest period totals as stored', async ({ kiosk }) => {
  test.skip(!kiosk.host.core, 'needs the core in the test process (bridge host)')
  const home = new HomePage(kiosk.page)
  await kiosk.open('/')
  const village = await kiosk.call('village.get', {})
  await expect(home.villageName()).toHaveText(village.name)
  await expect(home.demoBanner()).toBeVisible()

  const latest = publishedSheetKeys(kiosk.host)[0]!
  const totals = storedTotals(kiosk.host, latest)
  expect(totals.incomeFen).toBeGreaterThan(0)
  await expect(home.period()).toHaveAttribute('data-period', latest)
  await expect(home.income()).toContainText(formatYuan(totals.incomeFen))
  await expect(home.expense()).toContainText(formatYuan(totals.expenseFen))
})

test('the footer shows the journal checkpoint', async ({ kiosk }) => {
  const home = new HomePage(kiosk.page)
  await kiosk.open('/')
  const head = await kiosk.call('system.checkpoint', {})
  expect(head.seq).toBeGreaterThan(0)
  // 16 hex digits, shown in four groups of four so a villager can copy it down.
  expect(head.hash).toMatch(/^[0-9a-f]{16}$/)
  await expect(home.checkpoint()).toContainText(`核验码 ${checkpointLabel(head)}`)
  await expect(home.checkpoint()).toHaveAttribute('data-hash', head.hash)
})

/** Scripts of the renderer fetched so far, by file name. */
async function scripts(kiosk: Kiosk): Promise<string[]> {
  return kiosk.page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name.split('/').pop() ?? '')
      .filter((n) => n.endsWith('.js')),
  )
}

test('no public screen loads input checking; a cadre form loads it and still checks', async ({
  kiosk,
}) => {
  test.setTimeout(120_000)
  const page = kiosk.page
  const more = [
    ['questions', '/questions', '[data-testid=question-list]'],
    ['ask', '/questions/ask', '[data-testid=ask-step-type]'],
  ].map(([name, route, ready]) => ({
    name: name!,
    route: () => Promise.resolve(route!),
    ready: ready!,
  }))
  const screens: PublicScreen[] = [...PUBLIC_SCREENS, ...more]
  for (const screen of screens) {
    await kiosk.open(await screen.route(kiosk))
    await screen.after?.(kiosk)
    await page.locator(screen.ready).first().waitFor()
    const fetched = await scripts(kiosk)
    expect(fetched.length, screen.name).toBeGreaterThan(0)
    expect(
      fetched.filter((n) => n.startsWith('schemas-')),
      screen.name,
    ).toEqual([])
  }

  await kiosk.open('/')
  await new LoginPage(page).open()
  await new LoginPage(page).loginAs('admin', '333333')
  await new AdminPage(page).nav('settings').click()
  const rec = new RecordsAdminPage(page)
  await rec.fill('questionDueDays', '11')
  await rec.save()
  await expect(rec.error('questionDueDays')).toBeVisible()
  expect((await scripts(kiosk)).filter((n) => n.startsWith('schemas-'))).toHaveLength(1)
})

test('home lists the five projects updated last; the rest are one tap away', async ({ kiosk }) => {
  const core = kiosk.host.core
  test.skip(!core, 'needs the core in the test process (bridge host)')
  const underWay = core!.store
    .all('projects')
    .filter((p) => p.status === 'published' && !p.supersededBy && p.stage !== '结算')
  expect(underWay.length).toBeGreaterThan(0)
  // Three more projects under way, published long ago: they belong to the full list only.
  const extra = [1, 2, 3].map((n) => ({
    ...underWay[0]!,
    id: `extra-${n}`,
    name: `较早的工程${n}`,
    updatedAt: `2020-01-0${n}T01:00:00.000Z`,
  }))
  await core!.store.commit({
    actor: null,
    action: 'test.projects',
    entity: 'projects',
    id: 'extra',
    puts: extra.map((p) => ({ coll: 'projects' as const, id: p.id, value: p })),
  })
  const total = underWay.length + extra.length
  const { page } = kiosk
  await kiosk.open('/')
  const cards = page.getByTestId('home-project')
  await expect(cards).toHaveCount(Math.min(5, total))
  await expect(page.getByTestId('home-projects')).not.toContainText('较早的工程')
  const all = page.getByTestId('home-projects-all')
  await expect(all).toHaveText(new RegExp(`看全部 ${total} 个在建项目`))
  await all.click()
  await expect(page.getByTestId('project-list')).toBeVisible()
  await expect(page.getByTestId('project-list')).toHaveAttribute('data-total', /\d+/)
})

test('every card and tile on the home is a real link; a tap opens it and 返回 comes home', async ({
  kiosk,
}) => {
  const { page } = kiosk
  await kiosk.open('/')
  const cards: Array<[string, string, string]> = [
    ['home-notice', 'notices', 'notice-detail'],
    ['home-decision', 'matters', 'matter-detail'],
    ['home-project', 'projects', 'project-detail'],
  ]
  for (const [card, section, detail] of cards) {
    const first = page.getByTestId(card).first()
    const id = await first.getAttribute('data-id')
    expect(id).toBeTruthy()
    const link = first.getByRole('link')
    await expect(link).toHaveAttribute('href', `#/${section}/${id}`)
    await link.click()
    await expect(page.getByTestId(detail)).toBeVisible()
    expect(new URL(page.url()).hash).toBe(`#/${section}/${id}`)
    await page.goBack()
    await expect(page.getByTestId('home')).toBeVisible()
  }
  const tile = page.getByTestId('tile-notices')
  await expect(tile).toHaveAttribute('href', '#/notices')
  await tile.click()
  await expect(page.getByTestId('notice-current')).toBeVisible()
})
