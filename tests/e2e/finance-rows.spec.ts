/**
 * 财务公开's list of lines: a villager reads what each line was for without tapping it, in every
 * mode (landscape or portrait, with or without 大字模式). The whole 摘要 of a long line (40
 * characters) shows in its row, the amount stays whole at the right, the list's title stays on
 * one line with the page buttons side by side, and the windowed list still pages row by row.
 */
import type { Locator } from '@playwright/test'
import { SHEET_PAGE } from '../../contract'
import { expect, test, type Kiosk } from './fixtures'
import type { FinancePage } from './pages/finance'
import { openBusiestSheet } from './support/busiest-sheet'
import { OCTOBER, seedOctober, type Line } from './support/ledger-admin'

const LONG: Line[] = [
  {
    date: '2026-10-05',
    summary: '支付二〇二六年度三组至五组灌溉渠道清淤、护坡修复及涵闸维修工程第一期进度款及税费',
    category: 'expense',
    item: '公益事业支出',
    direction: 'expense',
    amountFen: 987_654_321,
    counterparty: '东台市水利工程队',
  },
  {
    date: '2026-10-09',
    summary: '支付三组至五组灌溉渠道清淤及护坡修复工程一期进度款',
    category: 'expense',
    item: '公益事业支出',
    direction: 'expense',
    amountFen: 123_456_789,
    counterparty: '东台市水利工程队',
  },
  {
    date: '2026-10-16',
    summary: '收取二〇二六年度一组至六组集体土地发包租金及鱼塘水面承包费用',
    category: 'income',
    item: '发包及上交收入',
    direction: 'income',
    amountFen: 98_765_432,
    counterparty: '一组至六组承包户',
  },
  {
    date: '2026-10-21',
    summary: '购买办公用品',
    category: 'expense',
    item: '办公费',
    direction: 'expense',
    amountFen: 12_345,
    counterparty: '东台市文具店',
  },
]

test.use({ orientation: 'portrait' })

test.beforeEach(({ kiosk }) => {
  test.skip(!kiosk.host.core, 'needs the core in the test process (bridge host)')
})

async function largeText(kiosk: Kiosk): Promise<void> {
  await kiosk.open('/')
  await kiosk.page.getByTestId('large-text-toggle').click()
  await expect(kiosk.page.locator('html')).toHaveCSS('font-size', '30px')
}

/** 财务公开 on the busiest sheet, three pages down: the line then at the list's top edge. */
async function scrolledDown(kiosk: Kiosk): Promise<{ finance: FinancePage; first: string }> {
  const { finance } = await openBusiestSheet(kiosk)
  await finance.pageDown(3)
  const first = await finance.topLineId()
  expect(first).toBeTruthy()
  return { finance, first: first! }
}

/** What of a line cannot be read as drawn (empty: all of it shows). */
async function unreadable(row: Locator): Promise<string[]> {
  return row.evaluate((el) => {
    const out: string[] = []
    const r = el.getBoundingClientRect()
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize)
    const summary = el.querySelector<HTMLElement>('.summary')!
    const value = el.querySelector<HTMLElement>('[data-testid=entry-row-value]')!
    const s = summary.getBoundingClientRect()
    const v = value.getBoundingClientRect()
    const name = `“${summary.textContent}”`
    // A line hidden below the box would add a whole line height; the font's glyphs reach a pixel
    // or so past a 1.4 line height, which is no text lost.
    const line = parseFloat(getComputedStyle(summary).lineHeight)
    if (
      summary.scrollWidth > summary.clientWidth ||
      summary.scrollHeight > summary.clientHeight + line / 2
    )
      out.push(
        `${name} is cut off: ${summary.scrollWidth}×${summary.scrollHeight} px of text in a ${summary.clientWidth}×${summary.clientHeight} px box`,
      )
    if (s.top < r.top - 0.5 || s.bottom > r.bottom + 0.5)
      out.push(`${name} runs out of its row (${s.top}–${s.bottom} in ${r.top}–${r.bottom})`)
    if (value.scrollWidth > value.clientWidth) out.push(`the amount of ${name} is cut off`)
    if (v.right > r.right + 0.5 || v.bottom > r.bottom + 0.5 || v.top < r.top - 0.5)
      out.push(`the amount of ${name} runs out of its row`)
    // Right-aligned: the amount ends where the row's padding starts.
    if (r.right - v.right > rem) out.push(`the amount of ${name} is not at the right edge`)
    if (v.left < s.right - 0.5 && v.top < s.bottom - 0.5 && v.bottom > s.top + 0.5)
      out.push(`the amount of ${name} is drawn over the 摘要`)
    if (r.height < 64) out.push(`the row of ${name} is ${r.height} px tall`)
    return out
  })
}

/**
 * What of the list's head is broken up: its title not on one line (逐笔明细（共 123 笔） broken
 * after 共), or 上一页, 第 1–6 笔 and 下一页 not side by side.
 */
async function brokenHead(kiosk: Kiosk): Promise<string[]> {
  return kiosk.page
    .getByTestId('entry-list')
    .locator('.toolbar')
    .evaluate((bar) => {
      const out: string[] = []
      const title = bar.querySelector('.title h2')!
      const range = document.createRange()
      range.selectNodeContents(title)
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size
      if (lines !== 1) out.push(`“${title.textContent}” is on ${lines} lines`)
      const ids = ['entries-page-up', 'entries-range', 'entries-page-down']
      const middles = ids.map((id) => {
        const r = bar.querySelector(`[data-testid=${id}]`)!.getBoundingClientRect()
        return (r.top + r.bottom) / 2
      })
      if (Math.max(...middles) - Math.min(...middles) > 2)
        out.push(`上一页, the range and 下一页 are not on one line (${middles.join(', ')})`)
      return out
    })
}

const MODES = [
  { orientation: 'portrait', large: true },
  { orientation: 'portrait', large: false },
  { orientation: 'landscape', large: true },
  { orientation: 'landscape', large: false },
] as const

for (const { orientation, large } of MODES) {
  const mode = `${orientation}${large ? ' 大字' : ''}`
  test.describe(mode, () => {
    test.use({ orientation })
    test(`${mode}: a line’s whole 摘要 (40 characters) and its amount show in the row`, async ({
      kiosk,
    }) => {
      if (large) await largeText(kiosk)
      const { ids } = await seedOctober(kiosk, 'published', LONG)
      await kiosk.open(`/finance/${OCTOBER}`)
      await kiosk.page.locator(`[data-testid=sheet][data-period="${OCTOBER}"]`).waitFor()
      for (const [i, id] of ids.entries()) {
        const row = kiosk.page.locator(`[data-testid=entry-row][data-id="${id}"]`)
        await row.scrollIntoViewIfNeeded()
        await expect(row.locator('.summary')).toHaveText(LONG[i]!.summary)
        expect(await unreadable(row)).toEqual([])
      }
      expect(await brokenHead(kiosk)).toEqual([])
    })

    test(`${mode}: 下一页 moves a whole page of rows, across the 再看 fetch, every 摘要 whole`, async ({
      kiosk,
    }) => {
      if (large) await largeText(kiosk)
      const { finance } = await openBusiestSheet(kiosk)
      const viewport = finance.list().locator('.viewport')
      await viewport.scrollIntoViewIfNeeded()
      const range = kiosk.page.getByTestId('entries-range')
      const down = kiosk.page.getByTestId('entries-page-down')
      const row = (n: number) => finance.list().locator(`li[aria-posinset="${n}"]`)
      for (let taps = 0; Number(await finance.list().getAttribute('data-count')) <= SHEET_PAGE;) {
        const shown = (await range.textContent())!
        const [from, to] = (shown.match(/\d+/g) ?? []).map(Number)
        const box = (await viewport.boundingBox())!
        // 第 from–to 笔: row `from` is the one at the box's top edge, and row `to` is whole in it.
        const first = (await row(from!).boundingBox())!
        expect(first.y).toBeLessThanOrEqual(box.y + 1)
        expect(first.y + first.height).toBeGreaterThan(box.y + 1)
        const last = (await row(to!).boundingBox())!
        expect(last.y + last.height).toBeLessThanOrEqual(box.y + box.height + 1)
        for (let n = from!; n <= to!; n++) {
          expect(await unreadable(row(n).getByTestId('entry-row'))).toEqual([])
        }
        expect(await brokenHead(kiosk)).toEqual([])
        await down.click()
        if (++taps > 40) throw new Error('下一页 never reached the fetched end')
        await expect(range).not.toHaveText(shown)
      }
    })
  })
}

for (const orientation of ['portrait', 'landscape'] as const) {
  test.describe(orientation, () => {
    test.use({ orientation })
    test(`${orientation}: switching 大字 on under a scrolled list keeps the same line at its top`, async ({
      kiosk,
    }) => {
      const { finance, first } = await scrolledDown(kiosk)
      const top = () => finance.topLineId()
      await kiosk.page.getByTestId('large-text-toggle').click()
      await expect(kiosk.page.locator('html')).toHaveCSS('font-size', '30px')
      await finance.list().locator('.viewport').scrollIntoViewIfNeeded()
      await expect.poll(top).toBe(first)
      await kiosk.page.getByTestId('large-text-toggle').click()
      await expect(kiosk.page.locator('html')).toHaveCSS('font-size', '24px')
      await expect.poll(top).toBe(first)
    })
  })
}

test('返回 from a line where 大字 was switched on lands on that same line', async ({ kiosk }) => {
  const { finance, first } = await scrolledDown(kiosk)
  const viewport = finance.list().locator('.viewport')
  const top = () => finance.topLineId()
  await finance.openEntry(first)
  await expect(kiosk.page.getByTestId('entry-detail-summary')).toBeVisible()
  await kiosk.page.getByTestId('large-text-toggle').click()
  await expect(kiosk.page.locator('html')).toHaveCSS('font-size', '30px')
  await kiosk.page.goBack()
  await viewport.waitFor()
  await viewport.scrollIntoViewIfNeeded()
  await expect.poll(top).toBe(first)
})
