/**
 * The ledger's sign-off workflow end to end, by touch and typing, each role logged in on the
 * PIN pad: the clerk enters October 2026 and submits it; the 监委 returns it with a comment;
 * the clerk reads the comment, fixes the line and resubmits; the 监委 signs it public; the
 * public 财务公开 shows the signer and the exact totals; a correction then shows 已更正 with
 * its reason, date and both versions; the history lists every step.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { AdminPage } from './pages/admin'
import { LedgerAdminPage, type EntryLine } from './pages/ledger-admin'
import { LoginPage } from './pages/login'
import { loginUi, OCTOBER_LINES, seedOctober, voucherOf } from './support/ledger-admin'

const PERIOD = '2026-10'
const LINES: EntryLine[] = [
  {
    date: '2026-10-08',
    summary: '收到镇财政村级转移支付',
    category: 'income',
    item: '补助收入',
    amount: '52,000',
    counterparty: '东台市财政局',
    handler: '村会计',
  },
  {
    date: '2026-10-12',
    summary: '购买办公用品',
    category: 'expense',
    item: '办公费',
    amount: '1234.50',
    counterparty: '东台市文具店',
  },
  {
    date: '2026-10-20',
    summary: '三组道路坑洼修补',
    category: 'expense',
    item: '公益事业支出',
    amount: '60000',
    counterparty: '东台市路桥工程队',
  },
  {
    date: '2026-10-25',
    summary: '10月村干部报酬',
    category: 'expense',
    item: '干部报酬',
    amount: '18600.00',
  },
]
const voucher = (n: number) => `记-${PERIOD}-${String(n).padStart(3, '0')}`

async function loginAs(page: Page, role: 'clerk' | 'supervisor', open: () => Promise<void>) {
  await open()
  const login = new LoginPage(page)
  await login.open()
  const name = await login.loginAs(role, role === 'clerk' ? '111111' : '222222')
  await new AdminPage(page).shell().waitFor()
  return name
}

test('clerk enters and submits, 监委 returns, clerk fixes, 监委 signs; the public sees it; a correction shows both versions', async ({
  kiosk,
}) => {
  test.setTimeout(180_000)
  const { page } = kiosk
  const ledger = new LedgerAdminPage(page)
  const admin = new AdminPage(page)
  const home = () => kiosk.open('/')

  // The clerk opens October and enters its lines.
  const clerk = await loginAs(page, 'clerk', home)
  await ledger.openArea()
  await ledger.startPeriod(PERIOD)
  await expect(ledger.status()).toHaveAttribute('data-status', 'draft')

  // Nothing typed yet: every problem is said in Chinese next to its field, and nothing is saved.
  await ledger.addEntry()
  const seq = (await kiosk.call('system.checkpoint', {})).seq
  await ledger.fill({ voucherNo: '' })
  await ledger.save()
  await expect(ledger.fieldError('date')).toHaveText('请填写日期')
  await expect(ledger.fieldError('voucherNo')).toHaveText('凭证号不能为空')
  await expect(ledger.fieldError('summary')).toHaveText('摘要不能为空')
  await expect(ledger.fieldError('category')).toHaveText('请选择科目类别')
  await expect(ledger.fieldError('amountFen')).toHaveText('请填写正确的金额，例如 1234.50')
  expect((await kiosk.call('system.checkpoint', {})).seq).toBe(seq)

  for (const [i, line] of LINES.entries()) {
    await ledger.fill({ ...line, voucherNo: voucher(i + 1) })
    if (i === 1) await expect(ledger.daxie()).toHaveText('大写：壹仟贰佰叁拾肆元伍角整')
    await ledger.save()
    await expect(ledger.notice()).toContainText(`已保存 ${voucher(i + 1)}`)
  }
  // A voucher number used twice is refused by core, next to the field, and changes nothing.
  const before = (await kiosk.call('system.checkpoint', {})).seq
  await ledger.fill({ ...LINES[0], voucherNo: voucher(1) })
  await ledger.save()
  await expect(ledger.fieldError('voucherNo')).toContainText('已经用过')
  expect((await kiosk.call('system.checkpoint', {})).seq).toBe(before)

  // The refused line is still typed in: leaving asks first, and 不保存，离开 drops it.
  await ledger.backToPeriod()
  await page.getByTestId('leave-go').click()
  await expect(ledger.rows()).toHaveCount(4)
  await expect(ledger.row(voucher(3)).getByTestId('admin-entry-large')).toBeVisible()
  await page.screenshot({ path: 'artifacts/screens/ledger-period-draft.png' })
  await ledger.submit()
  await expect(ledger.status()).toHaveAttribute('data-status', 'submitted')
  await admin.logout()

  // The 监委 sees it waiting, names the office-supplies line and sends the sheet back.
  const signer = await loginAs(page, 'supervisor', home)
  await ledger.pendingSign(PERIOD).click()
  await ledger.periodView().waitFor()
  await expect(page.getByTestId('review-panel')).toBeVisible()
  await page.screenshot({ path: 'artifacts/screens/ledger-review.png' })
  await page.getByTestId('review-return').click()
  await expect(ledger.fieldError('comment')).toHaveText('请写明退回意见，录入员会看到')
  const comment = '第2笔办公用品金额与发票不符，发票是1243.50元，请核对'
  await ledger.sendBack(comment, [voucher(2)])
  await expect(ledger.status()).toHaveAttribute('data-status', 'returned')
  await admin.logout()

  // The clerk reads the comment, fixes the named line and resubmits.
  await loginAs(page, 'clerk', home)
  await expect(ledger.pendingReturned(PERIOD)).toContainText(comment)
  await ledger.pendingReturned(PERIOD).click()
  await expect(ledger.returnComment()).toHaveText(comment)
  await expect(ledger.row(voucher(2)).getByTestId('admin-entry-flagged')).toBeVisible()
  await page.screenshot({ path: 'artifacts/screens/ledger-returned.png' })
  await ledger.openEntry(voucher(2))
  await page.getByTestId('entry-edit').click()
  await ledger.form().waitFor()
  await ledger.fill({ amount: '1243.50' })
  await expect(ledger.daxie()).toHaveText('大写：壹仟贰佰肆拾叁元伍角整')
  await ledger.save()
  await expect(ledger.fact('amountFen')).toContainText('¥1,243.50')
  await ledger.backToPeriod()
  await ledger.submit()
  await expect(ledger.status()).toHaveAttribute('data-status', 'submitted')
  await admin.logout()

  // The 监委 signs; the sheet and every line go public together.
  await loginAs(page, 'supervisor', home)
  await ledger.pendingSign(PERIOD).click()
  await ledger.signAndPublish()
  await expect(ledger.status()).toHaveAttribute('data-status', 'published')
  await expect(page.getByTestId('sheet-signer')).toContainText(signer)
  await admin.logout()

  // The public 财务公开 shows the sheet with the signer's name and the exact totals.
  await kiosk.open(`/finance/${PERIOD}`)
  await expect(page.getByTestId('sheet-signed')).toContainText(`审核签字：${signer}`)
  await expect(page.getByTestId('sheet-income')).toHaveAttribute('data-fen', '5200000')
  await expect(page.getByTestId('sheet-expense')).toHaveAttribute('data-fen', '7984350')
  await expect(page.getByTestId('sheet-income')).toContainText('¥52,000.00')
  await expect(page.getByTestId('sheet-expense')).toContainText('¥79,843.50')

  // A correction: the clerk corrects the published wages line; it waits for the 监委.
  await loginAs(page, 'clerk', home)
  await ledger.openArea()
  await ledger.openPeriod(PERIOD)
  await ledger.openEntry(voucher(4))
  const originalId = (await ledger.entryView().getAttribute('data-id')) ?? ''
  await page.getByTestId('entry-correct').click()
  await ledger.form().waitFor()
  await ledger.save()
  await expect(ledger.fieldError('reason')).toHaveText('请写明更正原因')
  const reason = '报酬按镇里新标准核定，多录了600元'
  await ledger.fill({ amount: '18000', reason })
  await ledger.save()
  await expect(ledger.entryState()).toHaveAttribute('data-state', 'correction-pending')
  const correctionId = (await ledger.entryView().getAttribute('data-id')) ?? ''
  expect(correctionId).not.toBe(originalId)
  await admin.logout()

  // The 监委 signs the correction from the queue.
  await loginAs(page, 'supervisor', home)
  await ledger.pendingCorrections().click()
  await expect(ledger.corrections()).toHaveCount(1)
  await expect(page.getByTestId('compare-amountFen')).toHaveAttribute('data-changed', 'true')
  await page.screenshot({ path: 'artifacts/screens/ledger-corrections.png' })
  await page.getByTestId('correction-publish').click()
  await expect(page.getByTestId('corrections-none')).toBeVisible()
  await admin.logout()

  // The public sees 已更正 with the date, the reason, the signer and the earlier version.
  await kiosk.open(`/finance/${PERIOD}`)
  await expect(page.getByTestId('sheet-expense')).toHaveAttribute('data-fen', '7924350')
  await page.locator(`[data-testid=entry-row][data-id="${correctionId}"]`).click()
  const corrected = page.getByTestId('entry-corrected')
  await expect(corrected).toContainText('已更正')
  await expect(page.getByTestId('entry-corrected-when')).toHaveText(
    new RegExp(`^2026年11月25日 \\d\\d:\\d\\d 经监委 ${signer} 签字更正$`),
  )
  await expect(page.getByTestId('entry-corrected-reason')).toHaveText(`更正原因：${reason}`)
  await expect(page.getByTestId('entry-previous-amount')).toContainText('¥18,600.00')
  await expect(page.getByTestId('entry-detail-yuan')).toHaveText('¥18,000.00')
  await page.screenshot({ path: 'artifacts/screens/public-entry-corrected.png' })
  await page.getByTestId('entry-see-previous').click()
  await expect(page.getByTestId('entry-superseded')).toBeVisible()
  await expect(page.getByTestId('entry-detail-yuan')).toHaveText('¥18,600.00')

  // The history of the line lists every step, and the sheet's every review step.
  await loginAs(page, 'clerk', home)
  await kiosk.open(`/admin/ledger/${PERIOD}/entry/${originalId}`)
  const steps = page.getByTestId('ledger-entry-history').getByTestId('history-item')
  await expect(steps).toHaveCount(3)
  expect(await steps.evaluateAll((els) => els.map((e) => e.getAttribute('data-action')))).toEqual([
    'ledger.entry.save',
    'ledger.publish',
    'ledger.correction.publish',
  ])
  const sheetSteps = page.getByTestId('ledger-sheet-history').getByTestId('history-item')
  // The sheet's history loads on its own; wait for it before reading the steps.
  await expect(sheetSteps).toHaveCount(5)
  expect(
    await sheetSteps.evaluateAll((els) => els.map((e) => e.getAttribute('data-action'))),
  ).toEqual(['ledger.close', 'ledger.submit', 'ledger.return', 'ledger.submit', 'ledger.publish'])
  await expect(steps.first()).toContainText(clerk)
  await page.screenshot({ path: 'artifacts/screens/ledger-entry-history.png' })
})

test('refusals come from core in plain Chinese and change nothing, whatever the screen offers', async ({
  kiosk,
}) => {
  test.setTimeout(120_000)
  const { page } = kiosk
  const ledger = new LedgerAdminPage(page)
  const seq = async () => (await kiosk.call('system.checkpoint', {})).seq
  const { ids } = await seedOctober(kiosk, 'submitted')

  // A clerk is offered no signing, and core refuses it when asked anyway.
  await loginUi(kiosk, 'clerk')
  await kiosk.open(`/admin/ledger/${PERIOD}`)
  await expect(ledger.status()).toHaveAttribute('data-status', 'submitted')
  await expect(page.getByTestId('review-panel')).toHaveCount(0)
  await expect(page.getByTestId('sheet-submit')).toHaveCount(0)
  let before = await seq()
  const publish = await kiosk.raw('ledger.publish', { period: PERIOD })
  expect(publish).toEqual({
    ok: false,
    error: { code: 'FORBIDDEN', message: '您的账号没有权限进行这项操作' },
  })
  expect(await seq()).toBe(before)

  // An empty period cannot be submitted: the reason is shown on the screen.
  await kiosk.open('/admin/ledger')
  await ledger.startPeriod('2026-11')
  before = await seq()
  await ledger.submit()
  await expect(ledger.problem()).toHaveText('这一期还没有录入任何账目，不能提交')
  expect(await seq()).toBe(before)
  // Nor before the month has ended: signed on the 25th, its last days would have nowhere to go.
  const november = { ...OCTOBER_LINES[1]!, period: '2026-11', date: '2026-11-20' }
  await kiosk.call('ledger.saveEntry', { ...november, voucherNo: '记-2026-11-001' })
  before = await seq()
  await ledger.submit()
  await expect(ledger.problem()).toHaveText(
    '2026年11月要到11月30日才结束，请在11月30日或以后再提交；提前公开，以后几天的账目就记不进这一期了',
  )
  expect(await seq()).toBe(before)
  await page.screenshot({ path: 'artifacts/screens/ledger-submit-early.png' })
  await kiosk.call('auth.logout', {})

  // Nobody logged in cannot write at all.
  const line = { ...OCTOBER_LINES[0]!, voucherNo: 'x-1', period: PERIOD }
  const anon = await kiosk.raw('ledger.saveEntry', line)
  expect(anon.ok || anon.error.code).toBe('UNAUTHENTICATED')

  // Once signed, a line offers only 更正, and core refuses an edit in place.
  await loginUi(kiosk, 'supervisor')
  await kiosk.call('ledger.publish', { period: PERIOD })
  await kiosk.call('auth.logout', {})
  await loginUi(kiosk, 'clerk')
  await kiosk.open(`/admin/ledger/${PERIOD}/entry/${ids[0]}`)
  await expect(page.getByTestId('entry-correct')).toBeVisible()
  await expect(page.getByTestId('entry-edit')).toHaveCount(0)
  await expect(page.getByTestId('entry-remove')).toHaveCount(0)
  before = await seq()
  const edit = await kiosk.raw('ledger.saveEntry', {
    ...OCTOBER_LINES[0]!,
    id: ids[0]!,
    voucherNo: voucherOf(1),
    period: PERIOD,
    amountFen: 1,
  })
  expect(edit.ok || edit.error.message).toBe('已公开的账目不能修改，请用更正')
  expect(await seq()).toBe(before)
})
