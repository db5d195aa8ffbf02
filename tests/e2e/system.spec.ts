import { expect, test } from './fixtures'
import { LoginPage } from './pages/login'

test('the admin sees the incident log and cannot quit where there is no kiosk shell', async ({
  kiosk,
}) => {
  await kiosk.open('/')
  const login = new LoginPage(kiosk.page)
  await login.open()
  await login.loginAs('admin', '333333')
  await kiosk.page.getByTestId('admin-nav-system').click()
  await expect(kiosk.page.getByTestId('incidents-none')).toBeVisible()
  const before = await kiosk.call('system.checkpoint', {})
  await kiosk.page.getByTestId('quit-ask').click()
  await kiosk.page.getByTestId('quit-cancel').click()
  await expect(kiosk.page.getByTestId('quit-confirm')).toHaveCount(0)
  await kiosk.page.getByTestId('quit-ask').click()
  await kiosk.page.getByTestId('quit-confirm').click()
  await expect(kiosk.page.getByTestId('quit-error')).toContainText('无法退出')
  expect((await kiosk.call('system.checkpoint', {})).seq).toBe(before.seq)
})

test('a clerk has no 设备 area and core refuses the exit', async ({ kiosk }) => {
  await kiosk.open('/')
  const login = new LoginPage(kiosk.page)
  await login.open()
  await login.loginAs('clerk', '111111')
  await expect(kiosk.page.getByTestId('admin-nav-ledger')).toBeVisible()
  await expect(kiosk.page.getByTestId('admin-nav-system')).toHaveCount(0)
  const r = await kiosk.raw('system.quit', {})
  expect(r.ok ? 'ok' : r.error.code).toBe('FORBIDDEN')
})
