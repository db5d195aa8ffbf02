/**
 * The plain admin edits of the records area, through the forms: settings checked beside their
 * fields and nothing stored on a refusal; a new member's phone masked on the public 村干部 page;
 * a year-round duty updated by the clerk and shown at once.
 */
import { expect, test, type Kiosk } from './fixtures'
import { AdminPage } from './pages/admin'
import { LoginPage } from './pages/login'
import { RecordsAdminPage } from './pages/records-admin'

async function loginAs(kiosk: Kiosk, role: 'clerk' | 'admin', pin: string): Promise<void> {
  await kiosk.open('/')
  const login = new LoginPage(kiosk.page)
  await login.open()
  await login.loginAs(role, pin)
  await new AdminPage(kiosk.page).shell().waitFor()
}

test('the admin changes settings and adds a member; refusals show beside the field', async ({
  kiosk,
}) => {
  const page = kiosk.page
  const rec = new RecordsAdminPage(page)
  const admin = new AdminPage(page)
  await loginAs(kiosk, 'admin', '333333')

  await admin.nav('settings').click()
  await rec.fill('questionDueDays', '11')
  await rec.fill('largeExpenseFen', '3万')
  const before = (await kiosk.call('system.checkpoint', {})).seq
  await rec.fill('idleSeconds', '5')
  await rec.save()
  // In Chinese words saying what is wanted, never zod's English ("Too big: expected …").
  await expect(rec.error('questionDueDays')).toHaveText('答复期限请填7到10天（法律规定最多10天）')
  await expect(rec.error('idleSeconds')).toHaveText('请填写30到3600之间的秒数（2分钟填120）')
  await expect(rec.error('largeExpenseFen')).toContainText('金额格式不对')
  expect((await kiosk.call('system.checkpoint', {})).seq).toBe(before)
  await rec.fill('idleSeconds', '120')
  await rec.fill('largeExpenseFen', '0')
  await rec.save()
  await expect(rec.error('largeExpenseFen')).toHaveText(
    '大额支出提醒线要大于0元（填0会把每一笔支出都标成大额）',
  )
  // The demo keeps its books by month; with October begun, going quarterly now would leave
  // November and December with nowhere to go.
  await kiosk.call('ledger.closePeriod', { period: '2026-10' })
  const opened = (await kiosk.call('system.checkpoint', {})).seq
  await rec.fill('questionDueDays', '9')
  await rec.fill('largeExpenseFen', '30000')
  await rec.choose('periodMode', 'quarter')
  await rec.save()
  await expect(rec.error('periodMode')).toContainText('改为按季度公开后')
  await page.screenshot({ path: 'artifacts/screens/settings-refusals.png' })
  expect((await kiosk.call('system.checkpoint', {})).seq).toBe(opened)
  expect((await kiosk.call('settings.get', {})).periodMode).toBe('month')
  await rec.choose('periodMode', 'month')
  await rec.fill('questionDueDays', '9')
  await rec.fill('largeExpenseFen', '30000')
  await expect(page.getByTestId('daxie-largeExpenseFen')).toContainText('叁万元整')
  await rec.save()
  await expect(page.getByTestId('settings-saved')).toBeVisible()
  const settings = await kiosk.call('settings.get', {})
  expect(settings).toMatchObject({ questionDueDays: 9, largeExpenseFen: 3_000_000 })

  await admin.nav('members').click()
  await page.getByTestId('member-add').click()
  await rec.fill('title', '村委会委员')
  await rec.save()
  await expect(rec.error('name')).toContainText('姓名')
  await rec.fill('name', '钱小红')
  await rec.choose('body', 'committee')
  await rec.fill('duties', '负责环境卫生')
  await rec.fill('phone', '13912345678')
  await rec.save()
  await expect(page.locator('[data-testid=member-row]', { hasText: '钱小红' })).toContainText(
    '13912345678',
  )

  await admin.logout()
  await kiosk.open('/people')
  const card = page.locator('[data-testid=member]', { hasText: '钱小红' })
  await expect(card.getByTestId('member-phone')).toContainText('139****5678')
  await expect(page.locator('body')).not.toContainText('13912345678')
})

test('a clerk updates a year-round duty and the kiosk shows it at once', async ({ kiosk }) => {
  const page = kiosk.page
  const rec = new RecordsAdminPage(page)
  await loginAs(kiosk, 'clerk', '111111')
  await new AdminPage(page).nav('records').click()
  await rec.tile('duties').click()
  await page.getByTestId('duty-row').first().click()
  await page.getByTestId('input-statusText').fill('')
  await rec.save()
  await expect(rec.error('statusText')).toContainText('当前情况')
  await page.getByTestId('input-statusText').fill('已完成本周巡查，发现隐患2处已整改')
  await rec.save()
  await expect(page.getByTestId('duty-row').first()).toContainText('已完成本周巡查')
  await kiosk.open('/people')
  await expect(page.getByTestId('duty').first()).toContainText('已完成本周巡查，发现隐患2处已整改')
})
