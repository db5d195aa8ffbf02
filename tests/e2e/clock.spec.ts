/**
 * The clock ran ahead for a while (a save was stamped 2027), then was put right: every save is
 * refused. The admin reads both times on the workspace home and confirms the clock is right; the
 * 监委 finds that confirmation on 核验, and saves go on.
 */
import { expect, test } from './fixtures'
import { LoginPage } from './pages/login'

test('the admin confirms a clock put right after running ahead, and 核验 shows it', async ({
  kiosk,
}) => {
  test.skip(!kiosk.host.setNow, 'needs the bridge to move core’s clock')
  const { page } = kiosk
  await kiosk.open('/')
  kiosk.host.setNow!('2027-06-01T02:00:00.000Z')
  await kiosk.call('questions.submit', { type: '求助', text: '路灯什么时候修' })
  kiosk.host.setNow!('2026-11-26T01:30:00.000Z')
  const refused = await kiosk.raw('questions.submit', { type: '求助', text: '低保怎么申请' })
  expect(refused.ok ? 'saved' : refused.error.message).toContain('2027年6月1日 10:00')

  // A clerk sees why and who can confirm, with no button.
  const login = new LoginPage(page)
  await login.open()
  await login.loginAs('clerk', '111111')
  const card = page.getByTestId('clock-behind')
  await expect(card).toContainText('电脑时间比上一次保存的时间早，现在不能保存')
  await expect(page.getByTestId('clock-now')).toHaveText('电脑现在的时间：2026年11月26日 09:30')
  await expect(page.getByTestId('clock-last')).toHaveText('上一次保存记的时间：2027年6月1日 10:00')
  await expect(card).toContainText('请管理员登录，在这里确认')
  await expect(page.getByTestId('clock-start')).toHaveCount(0)
  await page.getByTestId('admin-logout').click()

  await login.open()
  await login.loginAs('admin', '333333')
  await expect(card).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('clock-behind.png') })
  const before = (await kiosk.call('system.checkpoint', {})).seq
  // Asked twice; 取消 changes nothing.
  await page.getByTestId('clock-start').click()
  await expect(page.getByTestId('clock-confirm')).toContainText('村务监督委员会在“核验”里能看到')
  await page.getByTestId('clock-no').click()
  expect((await kiosk.call('system.checkpoint', {})).seq).toBe(before)
  await page.getByTestId('clock-start').click()
  await page.getByTestId('clock-yes').click()
  await expect(page.getByTestId('clock-fixed')).toHaveText(
    '已记下：2026年11月26日 09:30 确认电脑时间是对的。现在可以保存了。',
  )
  await expect(card).toHaveCount(0)
  expect((await kiosk.call('system.checkpoint', {})).seq).toBe(before + 1)
  await page.getByTestId('storage-alerts').scrollIntoViewIfNeeded()
  await expect(page.getByTestId('storage-alert').first()).toContainText('确认电脑时间是对的')
  await page.screenshot({ path: test.info().outputPath('clock-fixed.png') })

  expect((await kiosk.raw('questions.submit', { type: '求助', text: '低保怎么申请' })).ok).toBe(
    true,
  )
  await page.getByTestId('admin-logout').click()

  // The 监委 finds it on 核验, with both times and who.
  await login.open()
  await login.loginAs('supervisor', '222222')
  await page.getByTestId('admin-nav-verify').click()
  await expect(page.getByTestId('verify-clock-fix')).toHaveText(
    /^2026年11月26日 09:30，管理员 \S+ 确认电脑时间是对的；此前最后一次保存记的时间是 2027年6月1日 10:00（当时电脑时间调快了）$/,
  )
})

test('a clock set back into a quiet week is refused for the time the kiosk showed, and said so', async ({
  kiosk,
}) => {
  test.skip(!kiosk.host.setNow, 'needs the bridge to move core’s clock')
  const { page } = kiosk
  // Ten days without a save, the home screen read on the last one; then the clock goes back.
  kiosk.host.setNow!('2026-12-05T01:30:00.000Z')
  await kiosk.open('/')
  await expect(page.getByTestId('checkpoint')).toBeVisible()
  kiosk.host.setNow!('2026-11-29T01:30:00.000Z')
  const refused = await kiosk.raw('questions.submit', { type: '求助', text: '低保怎么申请' })
  expect(refused.ok ? 'saved' : refused.error.message).toContain(
    '比这台电脑之前显示过的时间（2026年12月5日 09:30）还早',
  )
  const login = new LoginPage(page)
  await login.open()
  await login.loginAs('admin', '333333')
  const card = page.getByTestId('clock-behind')
  await expect(card).toContainText('电脑时间比这台电脑此前显示过的时间早，现在不能保存')
  await expect(page.getByTestId('clock-last')).toHaveText(
    '此前显示过的最晚时间：2026年12月5日 09:30',
  )
  await card.scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'artifacts/clock-behind-shown.png' })
})
