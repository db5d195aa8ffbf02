/**
 * A payment entered twice and signed: nothing public is deleted, so the clerk corrects the copy
 * to 0元 with the reason, the 监委 signs, and the public sheet still lists the line, 已更正, with
 * what it said before, while the totals count it once.
 */
import { expect, test } from './fixtures'
import { LedgerAdminPage } from './pages/ledger-admin'
import {
  loginUi,
  OCTOBER,
  OCTOBER_LINES,
  seedOctober,
  voidLine,
  voucherOf,
} from './support/ledger-admin'

test('a line recorded twice is corrected to 0元 by form; the public sheet counts it once', async ({
  kiosk,
}) => {
  const { page } = kiosk
  await seedOctober(kiosk, 'published')
  const before = await kiosk.call('ledger.sheet', { period: OCTOBER })
  const ledger = new LedgerAdminPage(page)

  await loginUi(kiosk, 'clerk')
  await ledger.openArea()
  await ledger.openPeriod(OCTOBER)
  await ledger.openEntry(voucherOf(2))
  await page.getByTestId('entry-correct').click()
  await ledger.form().waitFor()
  const reason = '与记-2026-10-001之后补录的是同一张发票，重复录入'
  await ledger.fill({ amount: '０', reason })
  await expect(page.getByTestId('amount-daxie')).toHaveText('大写：零元整')
  await page.screenshot({ path: 'artifacts/screens/ledger-correct-to-zero.png' })
  await ledger.save()
  await expect(ledger.entryState()).toHaveAttribute('data-state', 'correction-pending')
  const correctionId = (await ledger.entryView().getAttribute('data-id')) ?? ''
  await kiosk.call('auth.logout', {})

  await loginUi(kiosk, 'supervisor')
  await ledger.pendingCorrections().click()
  await page.getByTestId('correction-publish').click()
  await expect(page.getByTestId('corrections-none')).toBeVisible()
  await kiosk.call('auth.logout', {})

  await kiosk.open(`/finance/${OCTOBER}`)
  const expense = String(before.expenseFen - 123_450)
  await expect(page.getByTestId('sheet-expense')).toHaveAttribute('data-fen', expense)
  // The row says the line is void, and what it was, not a bare −¥0.00.
  const row = page.locator(`[data-testid=entry-row][data-id="${correctionId}"]`)
  await expect(row.getByTestId('entry-row-voided')).toHaveText('作废')
  await expect(row.getByTestId('entry-row-value')).toHaveText('原¥1,234.50')
  await expect(row).not.toContainText('¥0.00')
  await page.screenshot({ path: 'artifacts/screens/public-sheet-voided-line.png' })
  await row.click()
  await expect(page.getByTestId('entry-corrected')).toContainText('已更正')
  await expect(page.getByTestId('entry-corrected-reason')).toHaveText(`更正原因：${reason}`)
  await expect(page.getByTestId('entry-previous-amount')).toContainText('¥1,234.50')
  await expect(page.getByTestId('entry-detail-yuan')).toHaveText('¥0.00')
  await expect(page.getByTestId('entry-detail-voided')).toHaveText(
    '这一笔已作废，不计入收支。原为支出¥1,234.50',
  )
  await page.screenshot({ path: 'artifacts/screens/public-entry-corrected-to-zero.png' })
})

test('a voided line booked to a project says 作废 and what it was on the project page too', async ({
  kiosk,
}) => {
  const { page } = kiosk
  await loginUi(kiosk, 'clerk')
  const project = (await kiosk.call('projects.list', { stage: '施工' })).items[0]!
  await kiosk.call('ledger.closePeriod', { period: OCTOBER })
  const twice = {
    ...OCTOBER_LINES[2]!,
    voucherNo: voucherOf(1),
    period: OCTOBER,
    projectId: project.id,
  }
  const { id } = await kiosk.call('ledger.saveEntry', twice)
  await kiosk.call('ledger.submit', { period: OCTOBER })
  await kiosk.call('auth.logout', {})
  await loginUi(kiosk, 'supervisor')
  await kiosk.call('ledger.publish', { period: OCTOBER })
  await kiosk.call('auth.logout', {})
  const correctionId = await voidLine(kiosk, [id], 1, '同一笔工程款录了两次', twice)

  await kiosk.open(`/projects/${project.id}`)
  const row = page.locator(`[data-testid=project-entry][data-id="${correctionId}"]`)
  await expect(row).toContainText('作废')
  await expect(row).toContainText('原¥60,000.00')
  await expect(row).not.toContainText('¥0.00')
  await row.scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'artifacts/screens/project-voided-line.png' })
})
