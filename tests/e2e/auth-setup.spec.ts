/**
 * First run and the admin's own screens: the setup wizard on a blank village, 切换为正式村庄
 * with its two-step confirmation, and an account created on the accounts screen with its history.
 */
import { expect, test } from './fixtures'
import { AdminPage } from './pages/admin'
import { HomePage } from './pages/home'
import { LoginPage } from './pages/login'

const VILLAGE = {
  name: '新河村',
  township: '五烈镇',
  county: '东台市',
  members: [
    { name: '王建国', body: 'party', title: '村党总支书记' },
    { name: '陈立平', body: 'supervision', title: '村务监督委员会主任' },
  ],
  admin: '王建国',
  pin: '246810',
} as const

test.describe('a blank village', () => {
  test.use({ village: 'empty' })

  test('opens on the setup wizard, which creates the village and its admin', async ({ kiosk }) => {
    const admin = new AdminPage(kiosk.page)
    await kiosk.open('/')
    await expect(kiosk.page.getByTestId('setup')).toBeVisible()
    // A missing field is said next to it, and the wizard stays on that step.
    await kiosk.page.getByTestId('setup-next').click()
    await expect(kiosk.page.getByTestId('error-village-name')).toHaveText('请填写村名')
    await admin.runSetup({ ...VILLAGE, members: [...VILLAGE.members] })
    await expect(admin.who()).toHaveText('管理模式 · 王建国（管理员）')
    await expect(kiosk.page.getByTestId('checkpoint')).toHaveAttribute('data-seq', '1')
    await admin.logout()
    const home = new HomePage(kiosk.page)
    await expect(home.villageName()).toHaveText('新河村')
    await expect(kiosk.page.getByTestId('village-place')).toContainText('五烈镇')
    // Setup is closed now: the route leads home, and core refuses a second setup.
    await kiosk.open('/setup')
    await expect(home.villageName()).toHaveText('新河村')
    const again = await kiosk.raw('setup.begin', {
      village: { name: '别村', township: '某镇', county: '某县' },
      members: [...VILLAGE.members],
      admin: { name: '外人', password: '947261' },
    })
    expect(again).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    // The new admin logs in by touch.
    const login = new LoginPage(kiosk.page)
    await login.open()
    await login.nameButton('王建国').click()
    await login.tapPin(VILLAGE.pin)
    await login.submit()
    await expect(admin.who()).toHaveText('管理模式 · 王建国（管理员）')
  })
})

test('切换为正式村庄: confirmed twice in the page, then first-run setup on a blank village', async ({
  kiosk,
}) => {
  const login = new LoginPage(kiosk.page)
  const admin = new AdminPage(kiosk.page)
  await kiosk.open('/login')
  await login.loginAs('admin', '333333')
  await admin.nav('demo').click()
  await kiosk.page.getByTestId('leave-demo-start').click()
  await expect(kiosk.page.getByTestId('leave-demo-confirm')).toBeVisible()
  await kiosk.page.getByTestId('leave-demo-no').click()
  await expect(kiosk.page.getByTestId('leave-demo-confirm')).toHaveCount(0)
  expect((await kiosk.call('setup.status', {})).isDemo).toBe(true)
  await kiosk.page.getByTestId('leave-demo-start').click()
  await kiosk.page.getByTestId('leave-demo-yes').click()
  await expect(kiosk.page.getByTestId('setup')).toBeVisible()
  await expect(kiosk.page.getByTestId('setup-notice')).toContainText('demo-backup-')
  await expect(kiosk.page.getByTestId('checkpoint')).toHaveAttribute('data-seq', '1')
  await expect(kiosk.page.getByTestId('demo-banner')).toHaveCount(0)
  expect(await kiosk.call('auth.roster', {})).toEqual([])
})

test('the admin adds a clerk account; it can log in, and its history names the admin', async ({
  kiosk,
}) => {
  const login = new LoginPage(kiosk.page)
  const admin = new AdminPage(kiosk.page)
  await kiosk.open('/login')
  const me = await login.loginAs('admin', '333333')
  await admin.nav('users').click()
  await kiosk.page.getByTestId('user-add').click()
  await kiosk.page.getByTestId('user-name').fill('赵小梅')
  await kiosk.page.getByTestId('user-role-clerk').click()
  await kiosk.page.getByTestId('user-save').click()
  await expect(kiosk.page.getByTestId('error-password')).toHaveText('新账号必须设置密码')
  await kiosk.page.getByTestId('user-password').click()
  for (const ch of '135790')
    await kiosk.page.getByTestId('user-pin-pad').getByTestId(`pin-key-${ch}`).click()
  await kiosk.page.getByTestId('user-save').click()
  await expect(kiosk.page.getByTestId('user-saved')).toHaveText('已保存：赵小梅')
  await admin.userRow('赵小梅').getByTestId('user-history').click()
  await expect(admin.historyItems()).toHaveCount(1)
  await expect(admin.historyItems().first()).toContainText(`${me} · 管理员保存账号`)
  await expect(admin.historyItems().first()).toContainText('新建这条记录')
  await admin.logout()
  await login.open()
  await login.nameButton('赵小梅').click()
  await login.tapPin('135790')
  await login.submit()
  await expect(admin.who()).toHaveText('管理模式 · 赵小梅（录入员）')
})
