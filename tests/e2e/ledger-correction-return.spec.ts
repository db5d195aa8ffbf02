/**
 * A ledger correction sent back: the clerk corrects a published line; the 监委 returns the
 * correction with a comment (an empty comment is refused beside its box, nothing saved); the
 * clerk sees the comment on the home screen and the line, fixes the correction and files it
 * again; nothing public changes until the 监委 signs the fixed version.
 */
import { formatYuan } from '../../contract'
import { expect, test } from './fixtures'
import { LedgerAdminPage } from './pages/ledger-admin'
import { loginAs, logout } from './support/registers'

test('a 监委 returns a ledger correction with a comment; the clerk fixes it; signed, it goes public', async ({
  kiosk,
}) => {
  const page = kiosk.page
  const ledger = new LedgerAdminPage(page)
  await kiosk.open('/')
  const [period] = await kiosk.call('ledger.periods', {})
  if (!period) throw new Error('the demo village has no published period')
  const sheet = await kiosk.call('ledger.sheet', { period: period.key })
  const line = sheet.entries.find((e) => e.direction === 'expense' && !e.correction)
  if (!line) throw new Error(`no expense line in ${period.key}`)
  const first = line.amountFen + 100
  const fixed = line.amountFen + 250

  // The clerk files a correction of the published line.
  await loginAs(kiosk, 'clerk')
  await kiosk.open(`/admin/ledger/${period.key}/entry/${line.id}`)
  await page.getByTestId('entry-correct').click()
  await ledger.form().waitFor()
  await ledger.fill({ amount: String(first / 100), reason: '发票金额看错了一位' })
  await ledger.save()
  await expect(ledger.entryState()).toHaveAttribute('data-state', 'correction-pending')
  const correctionId = (await ledger.entryView().getAttribute('data-id')) ?? ''
  await logout(kiosk)

  // The 监委 opens the queue from the home screen and sends it back with a comment.
  await loginAs(kiosk, 'supervisor')
  await ledger.pendingCorrections().click()
  const item = page.locator(`[data-testid=correction-item][data-id="${correctionId}"]`)
  await item.getByTestId('correction-return').click()
  const seq = (await kiosk.call('system.checkpoint', {})).seq
  await item.getByTestId('correction-return-confirm').click()
  await expect(item.getByTestId('error-comment')).toHaveText('退回意见不能为空')
  expect((await kiosk.call('system.checkpoint', {})).seq).toBe(seq)
  const comment = '请对照原始发票，金额应为发票上的合计数'
  await item.getByTestId('input-comment').fill(comment)
  await item.getByTestId('correction-return-confirm').click()
  await expect(page.getByTestId('corrections-none')).toBeVisible()
  await expect(page.getByTestId('returned-correction')).toContainText(comment)
  await logout(kiosk)

  // The clerk sees the comment on the home screen and on the line, fixes and files it again.
  await loginAs(kiosk, 'clerk')
  const returned = page.locator(`[data-testid=returned-correction][data-id="${correctionId}"]`)
  await expect(returned).toContainText(comment)
  await returned.click()
  await expect(page.getByTestId('entry-return-comment')).toContainText(comment)
  await page.getByTestId('entry-revise').click()
  await ledger.form().waitFor()
  await expect(page.getByTestId('input-reason')).toHaveValue('发票金额看错了一位')
  await ledger.fill({ amount: String(fixed / 100), reason: '发票金额看错了，以发票合计数为准' })
  await ledger.save()
  await expect(ledger.entryState()).toHaveAttribute('data-state', 'correction-pending')
  await expect(page.getByTestId('entry-return-comment')).toHaveCount(0)
  await expect(ledger.fact('amountFen')).toContainText(formatYuan(fixed))
  await logout(kiosk)

  // Nothing public has changed yet.
  expect((await kiosk.call('ledger.entry', { id: line.id })).supersededBy).toBeUndefined()
  expect((await kiosk.raw('ledger.entry', { id: correctionId })).ok).toBe(false)
  const still = await kiosk.call('ledger.sheet', { period: period.key })
  expect(still.expenseFen).toBe(sheet.expenseFen)

  // The 监委 signs the fixed version; the public sheet shows it as 已更正.
  await loginAs(kiosk, 'supervisor')
  await kiosk.open('/admin/ledger/corrections')
  await expect(ledger.corrections()).toHaveCount(1)
  await expect(page.getByTestId('compare-amountFen')).toContainText(formatYuan(fixed))
  await page.getByTestId('correction-publish').click()
  await expect(page.getByTestId('corrections-none')).toBeVisible()
  await logout(kiosk)

  const after = await kiosk.call('ledger.sheet', { period: period.key })
  expect(after.expenseFen).toBe(sheet.expenseFen + 250)
  const now = after.entries.find((e) => e.id === correctionId)
  expect(now?.correction?.reason).toBe('发票金额看错了，以发票合计数为准')
  await kiosk.open(`/finance/${period.key}`)
  await page.locator(`[data-testid=entry-row][data-id="${correctionId}"]`).click()
  await expect(page.getByTestId('entry-corrected')).toContainText('已更正')
  await expect(page.getByTestId('entry-previous-amount')).toContainText(formatYuan(line.amountFen))
  await expect(page.getByTestId('entry-detail-yuan')).toHaveText(formatYuan(fixed))
})
