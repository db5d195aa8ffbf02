/**
 * A published 资产资源合同 row or 财务计划 line is never edited: the clerk files a correction with a reason, the
 * 监委 signs it, and the public register shows 已更正 with the date, the reason and what the
 * earlier version said; until the signature the public still sees the earlier version.
 */
import { formatYuan } from '../../contract'
import { expect, test } from './fixtures'
import { RecordsAdminPage } from './pages/records-admin'
import { correctedDebt, correctedDistribution } from './support/register-fixes'
import { signedOn } from './support/detail-fixes'
import { loginAs, logout } from './support/registers'

test('a published asset is corrected: 已更正 with the reason and both versions on the kiosk', async ({
  kiosk,
}) => {
  const page = kiosk.page
  const rec = new RecordsAdminPage(page)
  await kiosk.open('/')
  const before = await kiosk.call('finance.assets', {})
  const asset = before.items.find((a) => a.yearlyRentFen > a.collectedFen && !a.correction)
  if (!asset) throw new Error('the demo village has no asset with rent still owed')
  const reason = '下半年租金已于10月收齐，原登记漏记'

  await loginAs(kiosk, 'clerk')
  await kiosk.open(`/admin/registers/assets/${asset.id}`)
  await expect(rec.status('published')).toBeVisible()
  await expect(rec.action('edit')).toHaveCount(0)
  await rec.action('correct').click()
  await expect(rec.input('name')).toHaveValue(asset.name)
  await rec.fill('collectedFen', String(asset.yearlyRentFen / 100))
  const seq = (await kiosk.call('system.checkpoint', {})).seq
  await rec.save()
  await expect(rec.error('reason')).toContainText('更正原因不能为空')
  expect((await kiosk.call('system.checkpoint', {})).seq).toBe(seq)
  await page.getByTestId('input-reason').fill(reason)
  await rec.save()
  await expect(rec.correctionBanner()).toContainText(reason)
  const fixId = rec.currentId()
  expect(fixId).not.toBe(asset.id)
  await rec.action('submit').click()
  await expect(rec.status('submitted')).toBeVisible()
  await logout(kiosk)

  // Not yet signed: the public register still shows the earlier version, with no 已更正.
  const waiting = await kiosk.call('finance.assets', {})
  expect(waiting.items.find((a) => a.id === asset.id)?.collectedFen).toBe(asset.collectedFen)
  expect(waiting.items.map((a) => a.id)).not.toContain(fixId)

  await loginAs(kiosk, 'supervisor')
  await rec.pendingItem('assets', fixId).click()
  await rec.action('publish').click()
  await expect(rec.status('published')).toBeVisible()
  await logout(kiosk)

  const after = await kiosk.call('finance.assets', {})
  const row = after.items.find((a) => a.id === fixId)
  expect(after.items.map((a) => a.id)).not.toContain(asset.id)
  expect(row).toMatchObject({ collectedFen: asset.yearlyRentFen, owingFen: 0 })
  expect(row?.correction).toMatchObject({ reason, earlier: { collectedFen: asset.collectedFen } })

  await kiosk.open('/finance/assets')
  const card = page.locator(`[data-testid=asset][data-id="${fixId}"]`)
  const note = card.getByTestId('asset-corrected')
  await expect(note).toContainText('已更正')
  await expect(card.getByTestId('asset-corrected-reason')).toHaveText(`更正原因：${reason}`)
  await expect(note).toContainText(signedOn(row!.correction!.at))
  // The earlier version's figures, and the corrected ones, both on the screen.
  const earlier = card.getByTestId('asset-earlier')
  await expect(earlier.getByTestId('fact-collected')).toContainText(formatYuan(asset.collectedFen))
  await expect(earlier.getByTestId('fact-owing')).toContainText(formatYuan(asset.owingFen))
  await expect(card.getByTestId('fact-collected').first()).toContainText(
    formatYuan(asset.yearlyRentFen),
  )
})

test('a published budget line is corrected: the plan shows 已更正 with the reason and the earlier amount', async ({
  kiosk,
}) => {
  const page = kiosk.page
  const rec = new RecordsAdminPage(page)
  await kiosk.open('/')
  const plan = await kiosk.call('finance.budget', {})
  const line = plan.expense.find((l) => !l.correction)
  if (!line) throw new Error('the demo village has no published expense plan line')
  const reason = '村民代表会议追加了道路维修预算'
  const planned = line.plannedFen + 1_000_000

  await loginAs(kiosk, 'clerk')
  await kiosk.open(`/admin/registers/budget/${line.id}`)
  await rec.action('correct').click()
  await expect(rec.input('plannedFen')).toHaveValue((line.plannedFen / 100).toFixed(2))
  await rec.fill('plannedFen', (planned / 100).toFixed(2))
  await page.getByTestId('input-reason').fill(reason)
  await rec.save()
  await expect(rec.correctionBanner()).toContainText(reason)
  const fixId = rec.currentId()
  expect(fixId).not.toBe(line.id)
  await rec.action('submit').click()
  await expect(rec.status('submitted')).toBeVisible()
  await logout(kiosk)

  await loginAs(kiosk, 'supervisor')
  await rec.pendingItem('budget', fixId).click()
  await rec.action('publish').click()
  await expect(rec.status('published')).toBeVisible()
  await logout(kiosk)

  const after = await kiosk.call('finance.budget', { year: plan.year })
  const now = after.expense.find((l) => l.id === fixId)
  expect(after.expense.map((l) => l.id)).not.toContain(line.id)
  expect(now).toMatchObject({ plannedFen: planned, correction: { reason } })
  expect(now?.correction?.earlier.plannedFen).toBe(line.plannedFen)

  await kiosk.open(`/finance/budget?year=${plan.year}`)
  const row = page.locator(`[data-testid=budget-line][data-id="${fixId}"]`)
  await expect(row).toContainText(formatYuan(planned))
  await expect(row.getByTestId('budget-corrected')).toContainText('已更正')
  await expect(row.getByTestId('budget-corrected-reason')).toHaveText(`更正原因：${reason}`)
  await expect(row.getByTestId('budget-earlier')).toContainText(formatYuan(line.plannedFen))
})

test('a corrected debt and a corrected 收益分配 show 已更正, the reason and the earlier figures', async ({
  kiosk,
}) => {
  const page = kiosk.page
  await kiosk.open('/')
  const debtId = await correctedDebt(kiosk)
  const debt = (await kiosk.call('finance.debts', {})).items.find((d) => d.id === debtId)
  expect(debt).toMatchObject({ status: '已结清', openFen: 0 })
  const earlierDebt = debt!.correction!.earlier
  expect(earlierDebt.status).not.toBe('已结清')
  await kiosk.open('/finance/debts')
  const row = page.locator(`[data-testid=debt][data-id="${debtId}"]`)
  await expect(row.getByTestId('row-corrected')).toContainText('已更正')
  await expect(row.getByTestId('row-corrected-reason')).toHaveText(
    `更正原因：${debt!.correction!.reason}`,
  )
  const before = row.getByTestId('row-earlier')
  await expect(before.getByTestId('fact-status')).toContainText(earlierDebt.status)
  await expect(before.getByTestId('fact-settled')).toContainText(formatYuan(earlierDebt.settledFen))

  const distId = await correctedDistribution(kiosk)
  const dist = (await kiosk.call('finance.distributions', {})).find((d) => d.id === distId)
  expect(dist?.correction?.earlier.perPersonFen).toBe(dist!.perPersonFen - 1_000)
  await kiosk.open('/finance/distributions')
  const card = page.locator(`[data-testid=distribution][data-id="${distId}"]`)
  await expect(card.getByTestId('row-corrected')).toContainText(dist!.correction!.reason)
  await expect(card.getByTestId('row-earlier').getByTestId('fact-perPerson')).toContainText(
    formatYuan(dist!.correction!.earlier.perPersonFen),
  )
  await expect(card).toContainText(formatYuan(dist!.perPersonFen))
})
