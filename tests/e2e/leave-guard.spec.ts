/**
 * A half-filled form is not lost to one careless tap: 取消, another area, 返回 and 退出登录 all
 * ask first, 回去接着填 keeps every character, and 不保存，离开 leaves with nothing stored. An
 * untouched form and a saved one leave without asking, and a kiosk left alone still goes home.
 */
import { expect, test } from './fixtures'
import { shortIdle } from './support/short-idle'
import { AdminPage } from './pages/admin'
import { LedgerAdminPage } from './pages/ledger-admin'
import { RecordsAdminPage } from './pages/records-admin'
import { UsersPage } from './pages/users'
import { loginUi, OCTOBER, seedOctober } from './support/ledger-admin'

const TITLE = '2026年冬季清淤义务劳动通知'

test('a typed notice asks before 取消 and the nav; stay keeps it, leave stores nothing', async ({
  kiosk,
}) => {
  const { page } = kiosk
  const rec = new RecordsAdminPage(page)
  const admin = new AdminPage(page)
  const ask = page.getByTestId('leave-confirm')
  await loginUi(kiosk, 'clerk')

  // Untouched: 取消 goes straight back.
  await kiosk.open('/admin/records/notices/new')
  await rec.form('notices').waitFor()
  await page.getByTestId('form-cancel').click()
  await expect(rec.list('notices')).toBeVisible()
  await expect(ask).toHaveCount(0)

  await rec.newRecord()
  await rec.fill('title', TITLE)
  const before = (await kiosk.call('system.checkpoint', {})).seq

  await page.getByTestId('form-cancel').click()
  await expect(ask).toBeVisible()
  await expect(ask).toContainText('刚才填的还没有保存')
  await expect(page.getByTestId('leave-stay')).toBeFocused()
  await page.screenshot({ path: 'artifacts/leave-confirm.png' })
  await page.getByTestId('leave-stay').click()
  await expect(ask).toHaveCount(0)
  await expect(rec.input('title')).toHaveValue(TITLE)

  // Another area of the workspace asks the same way.
  await admin.nav('ledger').click()
  await expect(ask).toBeVisible()
  await page.getByTestId('leave-stay').click()
  await expect(rec.input('title')).toHaveValue(TITLE)

  await page.getByTestId('form-cancel').click()
  await page.getByTestId('leave-go').click()
  await expect(rec.list('notices')).toBeVisible()
  await expect(ask).toHaveCount(0)
  expect((await kiosk.call('system.checkpoint', {})).seq).toBe(before)
  await expect(rec.rows().filter({ hasText: TITLE })).toHaveCount(0)

  // Saved, the same form leaves for its record without a question.
  await rec.newRecord()
  await rec.choose('kind', 'notice')
  await rec.fill('title', TITLE)
  await rec.fill('body', '12月12日上午八点在村委会门口集合，请各户派一人参加。')
  await rec.fill('validFrom', '2026-12-08')
  await rec.fill('validTo', '2026-12-12')
  await rec.save()
  await expect(rec.detail()).toBeVisible()
  await expect(ask).toHaveCount(0)
  await expect(rec.title()).toContainText(TITLE)
})

test('退出登录 over a typed ledger line asks; the idle reset still goes home', async ({
  kiosk,
}) => {
  await shortIdle(kiosk)
  const { page } = kiosk
  const ledger = new LedgerAdminPage(page)
  const ask = page.getByTestId('leave-confirm')
  await page.clock.install()
  const { ids } = await seedOctober(kiosk, 'draft')
  await loginUi(kiosk, 'clerk')

  await kiosk.open(`/admin/ledger/${OCTOBER}/entry/${ids[0]}/edit`)
  await ledger.form().waitFor()
  await ledger.fill({ amount: '1243.50' })
  await page.getByTestId('admin-logout').click()
  await expect(ask).toBeVisible()
  await page.getByTestId('leave-stay').click()
  await expect(page.getByTestId('admin-shell')).toBeVisible()
  await expect(page.getByTestId('input-amountFen')).toHaveValue('1243.50')

  // Walking away: the kiosk's own reset logs out and goes home, leaving no question behind.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000)
  await page.clock.runFor(35_000)
  await expect(page.getByTestId('idle-banner')).toBeVisible()
  await page.clock.runFor(60_000)
  await expect(page.getByTestId('home')).toBeAttached()
  await expect(ask).toHaveCount(0)
  await expect(page.getByTestId('admin-shell')).toHaveCount(0)
})

test('the admin’s member form asks too, and opening an existing member is not “typing”', async ({
  kiosk,
}) => {
  const { page } = kiosk
  const rec = new RecordsAdminPage(page)
  const admin = new AdminPage(page)
  const ask = page.getByTestId('leave-confirm')
  await loginUi(kiosk, 'admin')

  await admin.nav('members').click()
  await page.getByTestId('member-edit').first().click()
  await expect(page.getByTestId('member-form')).toBeVisible()
  await expect(rec.input('name')).not.toHaveValue('')
  await admin.nav('members').click()
  await expect(ask).toHaveCount(0)
  await expect(page.getByTestId('member-add')).toBeVisible()

  await page.getByTestId('member-add').click()
  await rec.fill('name', '钱小红')
  await admin.nav('settings').click()
  await expect(ask).toBeVisible()
  await page.getByTestId('leave-stay').click()
  await expect(rec.input('name')).toHaveValue('钱小红')

  // Settings: opened untouched leaves freely; a changed idle time asks.
  await admin.nav('settings').click()
  await page.getByTestId('leave-go').click()
  await expect(rec.input('idleSeconds')).not.toHaveValue('')
  await admin.nav('members').click()
  await expect(ask).toHaveCount(0)
  await admin.nav('settings').click()
  await rec.fill('idleSeconds', '300')
  await admin.nav('members').click()
  await expect(ask).toBeVisible()
  await page.getByTestId('leave-stay').click()
  await expect(rec.input('idleSeconds')).toHaveValue('300')
})

test('the account form asks before 取消 or 修改 on another row drops a half-typed account', async ({
  kiosk,
}) => {
  const { page } = kiosk
  const admin = new AdminPage(page)
  const users = new UsersPage(page)
  const ask = page.getByTestId('leave-confirm')
  await loginUi(kiosk, 'admin')
  await admin.nav('users').click()
  const other = (await page.getByTestId('user-row').first().getAttribute('data-name')) ?? ''

  // Opened and left untouched: 取消 closes it at once.
  await users.edit(other)
  await page.getByTestId('user-cancel').click()
  await expect(users.form()).toHaveCount(0)
  await expect(ask).toHaveCount(0)

  await users.startNew('吴小燕', 'clerk', '586137')
  const before = (await kiosk.call('system.checkpoint', {})).seq
  await page.getByTestId('user-cancel').click()
  await expect(ask).toBeVisible()
  await page.getByTestId('leave-stay').click()
  await expect(page.getByTestId('user-name')).toHaveValue('吴小燕')

  // 修改 on another account's row would put that account's form in its place.
  await users.row(other).getByTestId('user-edit').click()
  await expect(ask).toBeVisible()
  await page.getByTestId('leave-stay').click()
  await expect(page.getByTestId('user-name')).toHaveValue('吴小燕')

  await users.row(other).getByTestId('user-edit').click()
  await page.getByTestId('leave-go').click()
  await expect(page.getByTestId('user-name')).toHaveValue(other)
  expect((await kiosk.call('system.checkpoint', {})).seq).toBe(before)
  await expect(users.row('吴小燕')).toHaveCount(0)
})
