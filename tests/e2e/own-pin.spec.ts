/**
 * A PIN the admin set is one the admin knows: an account an admin made lands, at its first
 * login, on the change-PIN screen and can go nowhere else until its owner has chosen their own.
 */
import { expect, test } from './fixtures'
import { AdminPage } from './pages/admin'
import { LoginPage } from './pages/login'

const MUST = '这个密码是管理员设的，请先换一个只有你自己知道的密码'
const NAME = '周卫东'

test('an account the admin made must change its PIN first, then reaches its home', async ({
  kiosk,
}) => {
  const login = new LoginPage(kiosk.page)
  const admin = new AdminPage(kiosk.page)
  await kiosk.open('/login')
  await login.loginAs('admin', '333333')
  await admin.shell().waitFor()
  await kiosk.call('auth.saveUser', { name: NAME, role: 'clerk', password: '459327' })
  await admin.logout()

  await kiosk.open('/login')
  await login.nameButton(NAME).click()
  await login.tapPin('459327')
  await login.submit()
  const must = kiosk.page.getByTestId('password-must-choose')
  await expect(must).toContainText(MUST)
  await expect(kiosk.page).toHaveURL(/#\/admin\/password$/)
  await kiosk.page.screenshot({ path: 'artifacts/own-pin-must-choose.png' })

  // No way round it: the menu and a typed address both come back here.
  await admin.nav('ledger').click()
  await expect(must).toBeVisible()
  await expect(kiosk.page).toHaveURL(/#\/admin\/password$/)
  await kiosk.open('/admin')
  await expect(must).toBeVisible()
  await expect(admin.home()).toHaveCount(0)

  // The same PIN again is refused; a PIN of their own is taken and opens the home.
  const box = (b: string) => kiosk.page.getByTestId(`password-${b}`)
  await box('current').fill('459327')
  await box('next').fill('459327')
  await box('repeat').fill('459327')
  await box('repeat').press('Enter')
  await expect(kiosk.page.getByTestId('error-next')).toHaveText('新密码不能与原密码相同')
  await box('next').fill('731864')
  await box('repeat').fill('731864')
  await box('repeat').press('Enter')
  await expect(admin.home()).toBeVisible()
  await expect(must).toHaveCount(0)
  await expect(admin.who()).toContainText(NAME)
  await kiosk.page.screenshot({ path: 'artifacts/own-pin-home.png' })
})
