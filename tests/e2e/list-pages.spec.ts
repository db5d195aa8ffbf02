/**
 * Long public lists come a page at a time, like the ledger sheet: 50 rows, then a big
 * 再看 50 条 button for the next 50; the counts on screen are of the whole list, from core.
 */
import { LIST_PAGE } from '../../contract'
import { expect, test } from './fixtures'
import { HomePage } from './pages/home'
import { MeetingsPage } from './pages/meetings'
import { NoticesPage } from './pages/notices'
import { addManyRecords } from './support/many-records'

const EXTRA = 70

test.beforeEach(async ({ kiosk }) => {
  test.skip(!kiosk.host.core, 'needs the core in the test process (bridge host)')
  await addManyRecords(kiosk.host.core!, EXTRA)
})

test('公示公告 shows 50 notices, the whole count, and the next 50 on one big tap', async ({
  kiosk,
}) => {
  const view = new NoticesPage(kiosk.page)
  await kiosk.open('/')
  const first = await kiosk.call('notices.list', {})
  const total = first.currentTotal
  expect(total).toBeGreaterThanOrEqual(EXTRA)
  await new HomePage(kiosk.page).openSection('notices')
  await expect(view.current()).toHaveCount(LIST_PAGE)
  await expect(view.currentList()).toHaveAttribute('data-total', String(total))
  await expect(view.listEnd()).toContainText(`共 ${total} 条`)
  await expect(view.listEnd()).toContainText(`后面还有 ${total - LIST_PAGE} 条`)
  await expect(view.more()).toContainText(`再看 ${Math.min(LIST_PAGE, total - LIST_PAGE)} 条`)
  const box = (await view.more().boundingBox())!
  expect(box.height).toBeGreaterThanOrEqual(64)
  expect(box.width).toBeGreaterThanOrEqual(64)

  await view.more().click()
  await expect(view.current()).toHaveCount(Math.min(2 * LIST_PAGE, total))
  while ((await view.current().count()) < total) await view.more().click()
  await expect(view.current()).toHaveCount(total)
  await expect(view.more()).toHaveCount(0)

  // Every notice exactly once, in core's order (pinned first, then newest).
  const expected: string[] = []
  for (let offset = 0; offset < total; offset += LIST_PAGE)
    expected.push(
      ...(await kiosk.call('notices.page', { part: 'current', offset })).items.map((n) => n.id),
    )
  const shown = await view
    .current()
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')))
  expect(shown).toEqual(expected)
})

test('会议记录 pages 50 at a time, and a kind filter counts all of that kind', async ({
  kiosk,
}) => {
  const view = new MeetingsPage(kiosk.page)
  await kiosk.open('/')
  const all = await kiosk.call('meetings.list', {})
  expect(all.items).toHaveLength(LIST_PAGE)
  // The first screenful is drawn first, the rest a frame later: whenever the count line below
  // the list is in the page, every card above it must be there already (no button jumping down).
  await kiosk.page.evaluate(() => {
    const w = window as unknown as { __endSeenWith?: number[] }
    w.__endSeenWith = []
    new MutationObserver(() => {
      if (document.querySelector('[data-testid=meeting-list-end]'))
        w.__endSeenWith!.push(document.querySelectorAll('[data-testid=meeting]').length)
    }).observe(document.body, { childList: true, subtree: true })
  })
  await new HomePage(kiosk.page).openSection('meetings')
  await expect(view.meetings()).toHaveCount(LIST_PAGE)
  const seenWith = await kiosk.page.evaluate(
    () => (window as unknown as { __endSeenWith: number[] }).__endSeenWith,
  )
  expect(seenWith.length).toBeGreaterThan(0)
  expect(seenWith.every((n) => n === LIST_PAGE)).toBe(true)
  await expect(view.list()).toHaveAttribute('data-total', String(all.total))
  await expect(view.listEnd()).toContainText(`共 ${all.total} 条`)
  await view.more().click()
  await expect(view.meetings()).toHaveCount(Math.min(2 * LIST_PAGE, all.total))

  await view.chooseKind('党员大会')
  const few = await kiosk.call('meetings.list', { kind: '党员大会' })
  await expect(view.list()).toHaveAttribute('data-total', String(few.total))
  await expect(view.meetings()).toHaveCount(few.total)
  await expect(view.more()).toHaveCount(0)

  await view.chooseKind('村民议事会')
  const many = await kiosk.call('meetings.list', { kind: '村民议事会' })
  expect(many.total).toBeGreaterThan(EXTRA)
  await expect(view.meetings()).toHaveCount(LIST_PAGE)
  await expect(view.listEnd()).toContainText(`共 ${many.total} 条`)
  await expect(view.listEnd()).toContainText(`后面还有 ${many.total - LIST_PAGE} 条`)
  await kiosk.page.screenshot({ path: 'artifacts/list-pages-meetings.png', fullPage: false })
  await view.listEnd().screenshot({ path: 'artifacts/list-pages-more.png' })
})
