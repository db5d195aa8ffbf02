/**
 * The search box is no oracle: a number stored in a record (put straight into the store, as an
 * old import or a damaged backup might hold it) cannot be found digit by digit on the kiosk's
 * on-screen keyboard, and the record still shows it only masked.
 */
import type { Notice } from '../../contract'
import { expect, test } from './fixtures'
import { SearchPage } from './pages/search'

const ID = '320102199001011234'
const MOBILE = '13812345678'

test('digits of a stored ID or phone number typed on the search keyboard find nothing', async ({
  kiosk,
}) => {
  const core = kiosk.host.core
  test.skip(!core, 'needs the core in the test process (bridge host)')
  if (!core) return
  const notice = core.store
    .all('notices')
    .find((n: Notice) => n.status === 'published' && !n.supersededBy)!
  const body = `低保复核：张三身份证${ID}，手机${MOBILE}，已复核。`
  await core.store.commit({
    actor: null,
    action: 'test.stored-number',
    entity: 'notices',
    id: notice.id,
    puts: [{ coll: 'notices', id: notice.id, value: { ...notice, body } }],
  })

  await kiosk.open('/search')
  const search = new SearchPage(kiosk.page)
  const planted = search.hits().and(kiosk.page.locator(`[data-id="${notice.id}"]`))
  // The notice is in the index: its title's first characters find it, shown masked.
  const words = notice.title.slice(0, 4)
  const found = await kiosk.call('search', { q: words })
  expect(found.groups.flatMap((g) => g.hits.map((h) => h.id))).toContain(notice.id)

  // A whole number typed in is echoed back masked, like every public answer.
  const queries: Array<[string, string]> = [
    ...['19900101', '3201', '01011234', '1381234', '5678'].map((q): [string, string] => [q, q]),
    [MOBILE, '138****5678'],
    [ID, '32**************34'],
  ]
  for (const [q, echoed] of queries) {
    await search.key('全部清空').click()
    await expect(search.input()).toHaveValue('')
    await search.tapKeys(q)
    await expect(search.input()).toHaveValue(q)
    await expect(search.results()).toHaveAttribute('data-q', echoed)
    await expect(planted, `digits ${q} must not find the stored number`).toHaveCount(0)
  }
  await kiosk.page.screenshot({ path: 'artifacts/search-privacy-keyboard.png' })

  // What the page shows of the record: masked, never the number.
  await kiosk.open(`/notices/${notice.id}`)
  await expect(kiosk.page.getByText('32**************34', { exact: false })).toBeVisible()
  await expect(kiosk.page.locator('body')).not.toContainText(ID)
  await expect(kiosk.page.locator('body')).not.toContainText(MOBILE)
  await kiosk.page.screenshot({ path: 'artifacts/search-privacy-notice.png' })
})
