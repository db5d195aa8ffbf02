/**
 * The admin cannot impersonate the 监委 (issue 12, point 5), by touch: a 监委 account changes
 * only with another 监委 member's PIN on the same screen, or, in a village with one 监委 member,
 * in public view on the kiosk; every account change is listed in 核验. And an admin can lift a
 * lock from the accounts screen.
 */
import { expect, test } from './fixtures'
import { AdminPage } from './pages/admin'
import { HomePage } from './pages/home'
import { LoginPage } from './pages/login'
import { UsersPage } from './pages/users'

const NEED = '改动监委账号，需要另一位监委成员当场在这台触摸屏上输入自己的密码确认'

test('changing a 监委 account needs another 监委’s PIN: refused without it, done with it, listed in 核验', async ({
  kiosk,
}) => {
  const login = new LoginPage(kiosk.page)
  const admin = new AdminPage(kiosk.page)
  const users = new UsersPage(kiosk.page)
  await kiosk.open('/login')
  const supervisor = (await login.nameByRole('supervisor').getAttribute('data-name')) ?? ''
  await login.loginAs('admin', '333333')
  await admin.nav('users').click()

  // Adding a second 监委 needs the current one's PIN.
  await users.startNew('周卫东', 'supervisor', '459327')
  await expect(users.witness()).toBeVisible()
  const before = await kiosk.call('system.checkpoint', {})
  await users.save()
  await expect(users.witnessError()).toHaveText(NEED)
  await expect(users.error()).toBeVisible()
  expect(await kiosk.call('system.checkpoint', {})).toEqual(before)
  await users.confirmAs(supervisor, '222222')
  await users.save()
  await expect(users.saved()).toHaveText('已保存：周卫东')
  await expect(users.row('周卫东')).toBeVisible()
  // 周卫东 logs in and chooses a PIN of his own (the admin's one confirms nothing).
  await admin.logout()
  await kiosk.open('/login')
  await login.nameButton('周卫东').click()
  await login.tapPin('459327')
  await login.submit()
  const box = (b: string) => kiosk.page.getByTestId(`password-${b}`)
  await box('current').fill('459327')
  await box('next').fill('638154')
  await box('repeat').fill('638154')
  await box('repeat').press('Enter')
  await expect(admin.home()).toBeVisible()
  await admin.logout()
  await kiosk.open('/login')
  await login.loginAs('admin', '333333')
  await admin.nav('users').click()

  // The admin resets the first 监委's PIN: refused without the other member's PIN…
  await users.edit(supervisor)
  await users.resetPin('947261')
  const seq = (await kiosk.call('system.checkpoint', {})).seq
  await users.save()
  await expect(users.witnessError()).toHaveText(NEED)
  expect((await kiosk.call('system.checkpoint', {})).seq).toBe(seq)
  // …a wrong PIN of theirs does not do either…
  await users.confirmAs('周卫东', '000000')
  await users.save()
  await expect(users.witnessPinError()).toHaveText('这位监委成员的密码不对，请再试一次')
  // …their right PIN does.
  await users.confirmAs('周卫东', '638154')
  await users.save()
  await expect(users.saved()).toHaveText(`已保存：${supervisor}`)
  await kiosk.page.screenshot({ path: 'artifacts/accounts-users.png' })

  await admin.nav('verify').click()
  const changes = kiosk.page.getByTestId('account-change')
  await expect(changes.first()).toHaveAttribute('data-account', supervisor)
  await expect(changes.first()).toContainText('重设密码')
  await expect(changes.first().getByTestId('account-change-witness')).toHaveText(
    '监委成员 周卫东 当场输入密码确认',
  )
  const added = kiosk.page
    .locator('[data-testid=account-change][data-account="周卫东"]')
    .filter({ hasText: '新建账号（监委）' })
  await expect(added).toContainText('新建账号（监委）')
  await expect(added.getByTestId('account-change-witness')).toHaveText(
    `监委成员 ${supervisor} 当场输入密码确认`,
  )
  await kiosk.page
    .getByTestId('account-changes')
    .screenshot({ path: 'artifacts/accounts-verify.png' })
  // No public notice: every change was confirmed.
  await admin.logout()
  await expect(new HomePage(kiosk.page).villageName()).toBeVisible()
  await expect(kiosk.page.getByTestId('supervisor-change')).toHaveCount(0)
  // The old PIN no longer works; the new one does.
  await kiosk.open('/login')
  await login.nameButton(supervisor).click()
  await login.tapPin('947261')
  await login.submit()
  await expect(admin.who()).toContainText(`${supervisor}（监委）`)
  // The PIN is one the admin set: its owner is asked to choose their own before anything else.
  await expect(kiosk.page.getByTestId('password-must-choose')).toContainText(
    '这个密码是管理员设的，请先换一个只有你自己知道的密码',
  )
})

test('with one 监委 member, resetting their PIN is shown on the kiosk as 监委账号已变更 with the date', async ({
  kiosk,
}) => {
  const login = new LoginPage(kiosk.page)
  const admin = new AdminPage(kiosk.page)
  const users = new UsersPage(kiosk.page)
  await kiosk.open('/')
  await expect(new HomePage(kiosk.page).villageName()).toBeVisible()
  await expect(kiosk.page.getByTestId('supervisor-change')).toHaveCount(0)
  await login.open()
  const supervisor = (await login.nameByRole('supervisor').getAttribute('data-name')) ?? ''
  await login.loginAs('admin', '333333')
  await admin.nav('users').click()
  await users.edit(supervisor)
  await expect(users.witnessPublic()).toContainText('公开显示“监委账号已变更”')
  await users.resetPin('947261')
  await users.save()
  await expect(users.saved()).toHaveText(`已保存：${supervisor}`)

  await admin.nav('verify').click()
  const first = kiosk.page.getByTestId('account-change').first()
  await expect(first).toHaveAttribute('data-account', supervisor)
  await expect(first.getByTestId('account-change-public')).toBeVisible()

  await admin.logout()
  const note = kiosk.page.getByTestId('supervisor-change')
  await expect(note).toContainText('监委账号已变更 2026-11-25')
  await kiosk.page.screenshot({ path: 'artifacts/accounts-home-notice.png' })
  await kiosk.open('/questions')
  await expect(
    kiosk.page.getByTestId('supervisors').getByTestId('supervisor-change'),
  ).toContainText('监委账号已变更 2026-11-25')
  await kiosk.page
    .getByTestId('supervisors')
    .screenshot({ path: 'artifacts/accounts-questions-notice.png' })
})

test('an admin lifts a lock from the accounts screen, and 核验 lists it', async ({ kiosk }) => {
  test.skip(!kiosk.host.core, 'needs the bridge to lock the account from several screens')
  const login = new LoginPage(kiosk.page)
  const admin = new AdminPage(kiosk.page)
  await kiosk.open('/login')
  const clerk = (await login.nameByRole('clerk').getAttribute('data-name')) ?? ''
  for (let i = 0; i < 10; i++) {
    await kiosk.host.core!.invoke('auth.login', { name: clerk, password: '000000' }, `other-${i}`)
  }
  await login.loginAs('admin', '333333')
  await admin.nav('users').click()
  const row = admin.userRow(clerk)
  await expect(row.getByTestId('user-locked')).toBeVisible()
  await row.getByTestId('user-unlock').click()
  await expect(kiosk.page.getByTestId('user-saved')).toHaveText(
    `已解除锁定：${clerk}，现在可以登录了`,
  )
  await expect(row.getByTestId('user-locked')).toHaveCount(0)
  await admin.nav('verify').click()
  await expect(kiosk.page.getByTestId('account-change').first()).toHaveAttribute(
    'data-kind',
    'unlock',
  )
  await expect(
    kiosk.page.locator(`[data-testid=account-change][data-kind=locked][data-account="${clerk}"]`),
  ).toContainText('锁定 5 分钟')
})
