/**
 * Our own ledger CSV read back (a year's book moved to a new kiosk): the line voided to 0元 is
 * skipped, and the clerk is told so before and after importing the rest.
 */
import { COLUMNS } from '../../electron/core/services/data/export/rows'
import { expect, test, type Kiosk } from './fixtures'
import { DataImportPage } from './pages/data-import'
import { LoginPage } from './pages/login'

const csv = (rows: string[][]) =>
  Buffer.from('\ufeff' + rows.map((r) => r.join(',')).join('\r\n') + '\r\n', 'utf8')
const line = (day: string, no: string, income: string, expense: string, note = '') => [
  '2026年11月',
  `2026-11-${day}`,
  no,
  '购买办公用品',
  '各项支出',
  '办公费',
  income,
  expense,
  '东台市文具店',
  '吴春燕',
  '2026-11-20',
  note,
]
const BOOK = [
  ['本村 2026年11月 已公开账目'],
  ['核验码 #12 · 0000 0000 0000 0000'],
  [...COLUMNS],
  line('02', '记-2026-11-001', '', '200.00'),
  line('03', '记-2026-11-002', '', '', '作废（原为支出¥300.00，不计入收支）；更正：重复录入'),
  line('04', '记-2026-11-003', '', '150.00'),
]

async function openImport(kiosk: Kiosk): Promise<DataImportPage> {
  await kiosk.open('/login')
  await new LoginPage(kiosk.page).loginAs('clerk', '111111')
  await kiosk.page.getByTestId('admin-shell').waitFor()
  await kiosk.open('/admin/data/import')
  return new DataImportPage(kiosk.page)
}

test('our own CSV with a voided line: it is skipped and counted, the rest imported', async ({
  kiosk,
}) => {
  const imp = await openImport(kiosk)
  await imp.choose('本村-2026年11月-账目.csv', csv(BOOK))
  await expect(imp.counts()).toContainText('可以导入 2 笔（收入 ¥0.00，支出 ¥350.00）')
  await expect(imp.voided()).toHaveText(
    '跳过 1 条作废的账目（金额为 0，不计入收支），原来的金额写在下表的检查结果里',
  )
  await expect(imp.row(5)).toContainText('作废的账目（金额为 0，原为支出¥300.00），不导入')
  await imp.commit().click()
  await expect(imp.done()).toContainText('已导入 2 笔账目，都是2026年11月的草稿。')
  await expect(imp.doneVoided()).toHaveText('作废的 1 条账目（金额为 0）没有导入。')
  const view = await kiosk.call('ledger.drafts', { period: '2026-11' })
  expect(view.entries.map((e) => [e.voucherNo, e.amountFen])).toEqual([
    ['记-2026-11-001', 20_000],
    ['记-2026-11-003', 15_000],
  ])
})
