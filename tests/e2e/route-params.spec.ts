/**
 * vue-router keeps a screen when only its address's params change. Each screen below must then
 * show the record the address names, never the previous one's data or half-typed input: a
 * cadre hopping edit → correct → another record by URL or by tapping, and a printed 公开表
 * switched to another period.
 */
import { formatYuan, periodLabel } from '../../contract'
import { expect, test } from './fixtures'
import { PrintSheetPage } from './pages/print-sheet'
import { RecordsAdminPage } from './pages/records-admin'
import { loginAs } from './support/registers'

test('budget edit, then a debt correction by URL: the debt form with the debt, no console error', async ({
  kiosk,
}) => {
  const page = kiosk.page
  const rec = new RecordsAdminPage(page)
  await kiosk.open('/')
  const line = (await kiosk.call('finance.budget', {})).expense.find((l) => !l.correction)
  const debt = (await kiosk.call('finance.debts', {})).items.find((d) => !d.correction)
  if (!line || !debt) throw new Error('the demo village has no published budget line or debt')

  await loginAs(kiosk, 'clerk')
  await kiosk.open(`/admin/registers/budget/${line.id}/edit`)
  await expect(rec.form('budget')).toBeVisible()

  await kiosk.open(`/admin/registers/debts/${debt.id}/correct`)
  await expect(rec.form('debts')).toBeVisible()
  await expect(rec.form('budget')).toHaveCount(0)
  await expect(rec.input('counterparty')).toHaveValue(debt.counterparty)
  await expect(rec.input('reason')).toBeVisible()
  await expect(page.getByTestId('field-kind')).toHaveAttribute('data-locked', 'true')
  await page.screenshot({ path: 'artifacts/route-params-debt-correct.png' })

  // Back lands on the budget line's form again, with the budget line in it.
  await page.goBack()
  await expect(rec.form('budget')).toBeVisible()
})

test('edit, then correct of the same record: the correction asks for its reason', async ({
  kiosk,
}) => {
  const rec = new RecordsAdminPage(kiosk.page)
  await kiosk.open('/')
  const debt = (await kiosk.call('finance.debts', {})).items.find((d) => !d.correction)
  if (!debt) throw new Error('the demo village has no published debt')
  await loginAs(kiosk, 'clerk')
  await kiosk.open(`/admin/registers/debts/${debt.id}/edit`)
  await expect(rec.input('counterparty')).toHaveValue(debt.counterparty)
  await expect(rec.input('reason')).toHaveCount(0)
  await kiosk.open(`/admin/registers/debts/${debt.id}/correct`)
  await expect(rec.form('debts').locator('h1')).toContainText('更正')
  await expect(rec.input('reason')).toBeVisible()
})

test('a half-typed project form, then another project: its own name, and back shows the first', async ({
  kiosk,
}) => {
  const page = kiosk.page
  const rec = new RecordsAdminPage(page)
  await kiosk.open('/')
  const [a, b] = (await kiosk.call('projects.list', {})).items
  if (!a || !b) throw new Error('the demo village has fewer than two projects')
  await loginAs(kiosk, 'clerk')

  await kiosk.open(`/admin/records/projects/${a.id}/edit`)
  await expect(rec.input('name')).toHaveValue(a.name)
  await rec.fill('name', '半途填写的名称')
  await kiosk.open(`/admin/records/projects/${b.id}/edit`)
  // The half-typed name is asked about first (use-leave-guard); leaving drops it.
  await page.getByTestId('leave-go').click()
  await expect(rec.input('name')).toHaveValue(b.name)
  await page.screenshot({ path: 'artifacts/route-params-project-b.png' })

  await page.goBack()
  await expect(page).toHaveURL(new RegExp(`/admin/records/projects/${a.id}/edit$`))
  await expect(rec.input('name')).toHaveValue(a.name)
})

test('the printed 公开表 switched to another period shows that period', async ({ kiosk }) => {
  const page = kiosk.page
  const sheet = new PrintSheetPage(page)
  await kiosk.open('/')
  const sheets = await Promise.all(
    (await kiosk.call('ledger.periods', {})).map((p) =>
      kiosk.call('ledger.sheet', { period: p.key }),
    ),
  )
  const p1 = sheets[0]
  const p2 = sheets.find((s) => s.incomeFen !== p1?.incomeFen)
  if (!p1 || !p2) throw new Error('the demo village has no two periods with different income')
  const income = (fen: number) => formatYuan(fen).replace('¥', '')
  await kiosk.open(`/print/sheet/${p1.key}`)
  await sheet.ready()
  await expect(sheet.root()).toContainText(periodLabel(p1.key))
  await expect(sheet.summary()).toContainText(income(p1.incomeFen))

  // The address changed in place (a hash change), as a link on the page would.
  await page.evaluate((r) => (location.hash = r), `/print/sheet/${p2.key}`)
  await sheet.ready()
  await expect(sheet.root()).toContainText(periodLabel(p2.key))
  await expect(sheet.summary()).toContainText(income(p2.incomeFen))
  await expect(sheet.summary()).not.toContainText(income(p1.incomeFen))
  await page.screenshot({ path: 'artifacts/route-params-print.png' })
})
