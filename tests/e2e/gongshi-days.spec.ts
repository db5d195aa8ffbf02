/**
 * A 公示 is up for 7 days from the day it goes public. Signed three days after the clerk
 * submitted it, its window would leave villagers four days to object: the 监委's 公开 is refused
 * in plain words naming the end date that works, and nothing goes public.
 */
import { expect, test } from './fixtures'
import { AdminPage } from './pages/admin'
import { LoginPage } from './pages/login'
import { RecordsAdminPage } from './pages/records-admin'
import { GONGSHI, as } from './shots/records'

test('a 公示 signed too late to run its 7 days is refused, and stays off the kiosk', async ({
  kiosk,
}) => {
  test.skip(!kiosk.host.setNow, 'needs a clock the test can move (bridge host)')
  await as(kiosk, 'clerk')
  const notice = await kiosk.call('notices.save', GONGSHI)
  await kiosk.call('notices.submit', { id: notice.id })
  await kiosk.call('auth.logout', {})

  // Three days later (11-28) the 监委 opens it and taps 公开.
  kiosk.host.setNow!('2026-11-28T01:30:00.000Z')
  await kiosk.open('/')
  const login = new LoginPage(kiosk.page)
  await login.open()
  await login.loginAs('supervisor', '222222')
  await new AdminPage(kiosk.page).shell().waitFor()
  const rec = new RecordsAdminPage(kiosk.page)
  await rec.pendingItem('notices', notice.id).click()
  const before = (await kiosk.call('system.checkpoint', {})).seq
  await rec.action('publish').click()
  await expect(rec.actionError()).toHaveText(
    '没有成功：公示从今天（11月28日）公开到结束日期 12月1日 只有 4 天，不足 7 天，村民来不及提出异议。' +
      '请退回，让经办人把结束日期改到 12月4日 或以后',
  )
  await expect(rec.status('submitted')).toBeVisible()
  expect((await kiosk.call('system.checkpoint', {})).seq).toBe(before)
  await kiosk.page.screenshot({ path: 'artifacts/gongshi-too-late.png' })

  await kiosk.open('/notices')
  await kiosk.page.getByTestId('notice-current').first().waitFor()
  await expect(kiosk.page.getByText('2026年第四季度低保新增对象公示')).toHaveCount(0)
})
