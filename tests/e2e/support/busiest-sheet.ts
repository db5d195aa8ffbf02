/** 财务公开 on the busiest published sheet: the one whose list pages and fetches more. */
import { SHEET_PAGE } from '../../../contract'
import { busiestSheet } from '../expected'
import { expect, type Kiosk } from '../fixtures'
import { FinancePage } from '../pages/finance'

/** Opens 财务公开 on the sheet with the most lines, which has more than one fetch of them. */
export async function openBusiestSheet(
  kiosk: Kiosk,
): Promise<{ finance: FinancePage; busiest: { key: string; count: number } }> {
  const finance = new FinancePage(kiosk.page)
  const busiest = busiestSheet(kiosk.host)
  expect(busiest.count).toBeGreaterThan(SHEET_PAGE)
  await kiosk.open('/finance')
  await finance.choose(busiest.key)
  return { finance, busiest }
}
