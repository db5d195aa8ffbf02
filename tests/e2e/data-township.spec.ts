/**
 * A township accounting export through the screens (issue #15): a generated workbook with
 * merged title rows, voucher lines with their cash counterparts, 本月合计, a signature footer, a
 * page line and a note, subjects in 一级—二级 form, one quarter for a village that publishes
 * monthly. The clerk answers the one unknown subject, sees the split into three new months,
 * imports, and finds the answer on the 会计科目对应表, where it can be changed.
 */
import { expect, test, type Kiosk } from './fixtures'
import { DataImportPage } from './pages/data-import'
import { DataSubjectsPage } from './pages/data-subjects'
import { ROWS, townshipBook } from './support/township-book'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

test.use({ village: 'empty' })

/** A new village that publishes monthly, its admin (who may import) signed in. */
async function monthlyVillage(kiosk: Kiosk): Promise<void> {
  await kiosk.open('/')
  await kiosk.call('setup.begin', {
    village: { name: '新河村', township: '五烈镇', county: '东台市' },
    members: [
      { name: '王建国', body: 'party', title: '村党总支书记' },
      { name: '陈立平', body: 'supervision', title: '村务监督委员会主任' },
    ],
    admin: { name: '王建国', password: '246810' },
  })
  await kiosk.call('settings.save', {
    periodMode: 'month',
    largeExpenseFen: 5_000_000,
    idleSeconds: 600,
    questionDueDays: 10,
  })
  // setup.begin signs its admin in, as the wizard does.
  await kiosk.open('/admin/data')
  await kiosk.page.getByTestId('admin-shell').waitFor()
}

test('a quarter from the township software: footer skipped, one question, split into three new months', async ({
  kiosk,
}) => {
  await monthlyVillage(kiosk)
  await kiosk.page.getByTestId('data-tile-import').click()
  const imp = new DataImportPage(kiosk.page)
  // No month is open yet: the lines go to the months of their dates.
  await expect(imp.period()).toHaveValue('')
  await imp.choose('第三季度凭证明细.xlsx', await townshipBook(), XLSX)

  await expect(imp.row(ROWS.julyTotal)).toContainText('跳过：本月合计行，不是一笔账')
  await expect(imp.row(ROWS.firstLine + 1)).toContainText('跳过：现金/银行对方科目，不单列')
  await expect(imp.row(ROWS.firstLine + 5)).toContainText('经营收入—租赁收入')
  await expect(imp.row(ROWS.firstLine + 5)).toContainText('各项收入/经营收入，收入 ¥30,000.00')
  await expect(imp.row(ROWS.firstLine + 13)).toContainText('等着说明“租赁收入”算作哪一类')
  await expect(imp.question()).toContainText('“租赁收入”算作哪一类？')
  await kiosk.page.getByTestId('import-summary').evaluate((e) => e.scrollIntoView())
  await kiosk.page.screenshot({ path: 'artifacts/screens/import-township-question.png' })
  await imp.pageDown()
  await expect(imp.row(ROWS.footer)).toContainText('跳过：签字行，不是一笔账')
  await expect(imp.row(ROWS.page)).toContainText('跳过：页码行，不是一笔账')
  await expect(imp.row(ROWS.note)).toContainText('跳过：说明文字，不是一笔账')
  await expect(imp.counts()).toContainText('有问题 0 行')
  await expect(imp.waiting()).toContainText('还有 1 行等着说明会计科目算作哪一类')
  await expect(imp.question()).toContainText('“租赁收入”算作哪一类？')
  await expect(imp.split('2026-07')).toContainText('2026年7月：2 笔，收入 ¥12,000.00，支出 ¥356.50')
  await expect(imp.split('2026-07')).toContainText('这一期还没有开始录入，导入时一并开始')
  await expect(imp.split('2026-09')).toContainText('2026年9月：1 笔')
  await expect(imp.blocked()).toContainText('还要说明 1 个会计科目算作哪一类')
  await expect(imp.commit()).toBeDisabled()

  const seq = kiosk.host.core?.store.head().seq
  await imp.answer('income', '经营收入')
  await expect(imp.question()).toHaveCount(0)
  await expect(imp.split('2026-09')).toContainText('2026年9月：2 笔，收入 ¥52,400.00')
  await expect(imp.counts()).toContainText('可以导入 7 笔')
  // Only the answer was written (journaled), nothing of the file yet.
  if (seq !== undefined) expect(kiosk.host.core?.store.head().seq).toBe(seq + 1)
  await imp.split('2026-07').evaluate((e) => e.scrollIntoView())
  await kiosk.page.screenshot({ path: 'artifacts/screens/import-township-split.png' })

  await imp.commit().click()
  await expect(imp.done()).toContainText(
    '已导入 7 笔账目，分到2026年7月、2026年8月、2026年9月，都是草稿。',
  )
  await expect(imp.opened()).toContainText('2026年7月、2026年8月、2026年9月')
  if (seq !== undefined) expect(kiosk.host.core?.store.head().seq).toBe(seq + 2)
  await imp.toLedger('2026-08').click()
  const entries = kiosk.page.getByTestId('admin-entries')
  for (const v of ['记-001', '记-002-1', '记-002-2']) await expect(entries).toContainText(v)
  const august = await kiosk.call('ledger.drafts', { period: '2026-08' })
  expect(august.entries.map((e) => [e.voucherNo, e.direction, e.item, e.amountFen])).toEqual([
    ['记-001', 'income', '经营收入', 3_000_000],
    ['记-002-1', 'expense', '公益事业支出', 500_000],
    ['记-002-2', 'expense', '干部报酬', 80_000],
  ])

  // The answer is on the table, where the clerk can change it by the same buttons.
  await kiosk.open('/admin/data')
  await kiosk.page.getByTestId('data-tile-subjects').click()
  const table = new DataSubjectsPage(kiosk.page)
  await expect(table.subject('租赁收入')).toContainText('算作 各项收入 · 经营收入')
  await expect(table.standard()).toContainText('501 经营收入')
  await table.change('租赁收入', 'resources', '土地发包')
  await expect(table.said()).toContainText('已记下：“租赁收入”算作 各类资源 · 土地发包')
  await expect(table.subject('租赁收入')).toContainText('算作 各类资源 · 土地发包')
  await kiosk.page.screenshot({ path: 'artifacts/screens/import-subjects.png' })
  await table.remove('租赁收入')
  await expect(table.none()).toBeVisible()
})

test('an ID number or a bad date in a row: the row says so in Chinese, and nothing is imported', async ({
  kiosk,
}) => {
  await monthlyVillage(kiosk)
  await kiosk.open('/admin/data/import')
  const imp = new DataImportPage(kiosk.page)
  // Each voucher with its cash side, as the township's software lists it.
  const book = await townshipBook([
    ['2026-09-20', '记-003', '退110101199003071234押金', '其他支出', 100, null],
    ['2026-09-20', '记-003', '退押金', '库存现金', null, 100],
    ['2026-09-31', '记-004', '日期写错', '其他支出', 100, null],
    ['2026-09-31', '记-004', '付款', '库存现金', null, 100],
  ])
  await imp.choose('第三季度.xlsx', book, XLSX)
  await expect(imp.row(ROWS.septemberTotal)).toContainText('身份证号')
  await expect(imp.row(ROWS.septemberTotal + 2)).toContainText('日期“2026-09-31”不存在，请核对')
  await expect(imp.counts()).toContainText('有问题 2 行')
  await expect(imp.commit()).toBeDisabled()
  const sheets = await kiosk.call('ledger.sheets', {})
  expect(sheets.sheets).toEqual([])
})
