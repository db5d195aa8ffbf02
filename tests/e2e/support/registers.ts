/**
 * The five finance registers as the e2e specs drive them: how a clerk fills each form, one bad
 * input and the Chinese error it must show beside its field, the fix after a 监委 return, and
 * how the public 财务公开 page shows the published record, checked against what core returns.
 */
import { formatYuan, plainYuan } from '../../../contract'
import { expect, type Kiosk } from '../fixtures'
import { AdminPage } from '../pages/admin'
import { LoginPage } from '../pages/login'
import type { RecordsAdminPage } from '../pages/records-admin'

export const PINS = { clerk: '111111', supervisor: '222222', admin: '333333' } as const

/** Taps 管理 on the public home and logs in on the PIN pad; returns the person's name. */
export async function loginAs(kiosk: Kiosk, role: keyof typeof PINS): Promise<string> {
  await kiosk.open('/')
  const login = new LoginPage(kiosk.page)
  await login.open()
  const name = await login.loginAs(role, PINS[role])
  await new AdminPage(kiosk.page).shell().waitFor()
  return name
}

export async function logout(kiosk: Kiosk): Promise<void> {
  await new AdminPage(kiosk.page).logout()
  await kiosk.page.getByTestId('admin-entry').waitFor()
}

export interface RegisterCase {
  kind: 'budget' | 'assets' | 'debts' | 'distributions' | 'specials'
  /** Fills a valid record. */
  fill(rec: RecordsAdminPage): Promise<void>
  /** One bad input, typed over the valid form: the field whose error shows, and its words. */
  bad: { set(rec: RecordsAdminPage): Promise<void>; field: string; error: string | RegExp }
  /** Puts the valid value back after the bad one. */
  unbad(rec: RecordsAdminPage): Promise<void>
  /** The title the cadre screens show. */
  title: string
  /** What the clerk changes after the 监委's return. */
  fix(rec: RecordsAdminPage): Promise<void>
  /** Ids the public section's API lists now. */
  publicIds(kiosk: Kiosk): Promise<string[]>
  /** After publication: the public section shows the record as core reports it. */
  showsPublicly(kiosk: Kiosk, id: string): Promise<void>
}

export const REGISTER_CASES: RegisterCase[] = [
  {
    kind: 'budget',
    publicIds: async (k) =>
      (await k.call('finance.budget', { year: 2026 })).expense.map((l) => l.id),
    async fill(rec) {
      await rec.fill('year', '2026')
      await rec.choose('direction', 'expense')
      await rec.choose('category', 'other')
      await rec.choose('item', '一事一议筹资')
      await rec.fill('plannedFen', '35000')
      await rec.fill('note', '三组路灯，村民筹资与财政奖补')
    },
    bad: {
      set: (rec) => rec.fill('plannedFen', '三万五'),
      field: 'plannedFen',
      error: '金额格式不对，请只填数字，例如 1234.50',
    },
    unbad: (rec) => rec.fill('plannedFen', '35000'),
    title: '2026年 一事一议筹资',
    fix: (rec) => rec.fill('plannedFen', '36,500.50'),
    async showsPublicly(kiosk, id) {
      const view = await kiosk.call('finance.budget', { year: 2026 })
      const line = view.expense.find((l) => l.id === id)
      expect(line).toMatchObject({ plannedFen: 3_650_050, item: '一事一议筹资' })
      await kiosk.open('/finance/budget?year=2026')
      const row = kiosk.page.locator(`[data-testid=budget-line][data-id="${id}"]`)
      await expect(row).toContainText('其他 · 一事一议筹资')
      await expect(row).toContainText(formatYuan(line!.plannedFen))
      await expect(row).toContainText('三组路灯')
    },
  },
  {
    kind: 'assets',
    publicIds: async (k) => (await k.call('finance.assets', {})).items.map((a) => a.id),
    async fill(rec) {
      await rec.fill('name', '村西果园承包')
      await rec.choose('type', '资源')
      await rec.fill('location', '六组西侧')
      await rec.fill('area', '45亩')
      await rec.fill('lessee', '徐家果业合作社')
      await rec.fill('contractNo', 'HT-2026-11')
      await rec.fill('termFrom', '2026-01-01')
      await rec.fill('termTo', '2030-12-31')
      await rec.fill('yearlyRentFen', '27000')
      await rec.fill('collectedFen', '13500')
    },
    bad: {
      set: (rec) => rec.fill('termTo', '2025-12-31'),
      field: 'termTo',
      error: '合同到期日不能早于起始日',
    },
    unbad: (rec) => rec.fill('termTo', '2030-12-31'),
    title: '村西果园承包',
    fix: (rec) => rec.fill('collectedFen', '27000'),
    async showsPublicly(kiosk, id) {
      const view = await kiosk.call('finance.assets', {})
      const a = view.items.find((x) => x.id === id)
      expect(a).toMatchObject({ yearlyRentFen: 2_700_000, collectedFen: 2_700_000, owingFen: 0 })
      await kiosk.open('/finance/assets')
      const card = kiosk.page.locator(`[data-testid=asset][data-id="${id}"]`)
      await expect(card).toContainText('村西果园承包')
      await expect(card).toContainText('徐家果业合作社')
      await expect(card).toContainText(formatYuan(a!.yearlyRentFen))
    },
  },
  {
    kind: 'debts',
    publicIds: async (k) => (await k.call('finance.debts', {})).items.map((d) => d.id),
    async fill(rec) {
      await rec.choose('kind', '应付')
      await rec.fill('counterparty', '东台市宏达建材有限公司')
      await rec.fill('amountFen', '8600')
      await rec.fill('date', '2026-10-15')
      await rec.fill('due', '2026-12-31')
      await rec.choose('settlement', '部分结清')
      await rec.fill('settledFen', '3000')
      await rec.fill('cause', '村部围墙维修材料款')
    },
    bad: {
      set: (rec) => rec.fill('settledFen', '9000'),
      field: 'settledFen',
      error: '已结清金额不能大于总金额',
    },
    unbad: (rec) => rec.fill('settledFen', '3000'),
    title: '应付：东台市宏达建材有限公司',
    fix: (rec) => rec.fill('settledFen', '4300'),
    async showsPublicly(kiosk, id) {
      const view = await kiosk.call('finance.debts', {})
      const d = view.items.find((x) => x.id === id)
      expect(d).toMatchObject({ amountFen: 860_000, settledFen: 430_000, openFen: 430_000 })
      await kiosk.open('/finance/debts')
      const row = kiosk.page.locator(`[data-testid=debt][data-id="${id}"]`)
      await expect(row).toContainText('东台市宏达建材有限公司')
      await expect(row).toContainText('事由：村部围墙维修材料款')
      await expect(row.getByTestId('debt-open')).toContainText(formatYuan(d!.openFen))
    },
  },
  {
    kind: 'distributions',
    publicIds: async (k) => (await k.call('finance.distributions', {})).map((d) => d.id),
    async fill(rec) {
      await rec.fill('year', '2025')
      await rec.fill('title', '2025年度村集体收益分配方案')
      await rec.fill('distributableFen', '200000')
      await rec.fill('items.0.name', '提取公积公益金')
      await rec.fill('items.0.amountFen', '60000')
      await rec.addRow('items')
      await rec.fill('items.1.name', '村民分红')
      await rec.fill('items.1.amountFen', '120000')
      await rec.fill('persons', '1200')
      await rec.fill('perPersonFen', '100')
    },
    bad: {
      set: (rec) => rec.fill('items.1.amountFen', '150000'),
      field: 'items',
      error: '各项分配合计不能超过可分配收益',
    },
    unbad: (rec) => rec.fill('items.1.amountFen', '120000'),
    title: '2025年度村集体收益分配方案',
    fix: (rec) => rec.fill('note', '经2026年1月村民代表会议表决通过，打卡发放。'),
    async showsPublicly(kiosk, id) {
      const list = await kiosk.call('finance.distributions', {})
      const d = list.find((x) => x.id === id)
      expect(d).toMatchObject({ distributedFen: 18_000_000, remainingFen: 2_000_000 })
      await kiosk.open('/finance/distributions')
      const card = kiosk.page.locator(`[data-testid=distribution][data-id="${id}"]`)
      await expect(card).toContainText('2025年度村集体收益分配方案')
      await expect(card.getByTestId('dist-distributed')).toContainText(plainYuan(d!.distributedFen))
      await expect(card).toContainText('打卡发放')
    },
  },
  {
    kind: 'specials',
    publicIds: async (k) => (await k.call('finance.specials', {})).map((x) => x.id),
    async fill(rec) {
      await rec.choose('kind', '征地补偿')
      await rec.fill('title', '六组排涝站征地补偿公开')
      await rec.fill('date', '2026-10-20')
      await rec.fill('body', '排涝站建设征用六组集体土地，补偿标准按县政府文件执行。')
      await rec.addRow('rows')
      await rec.fill('rows.0.label', '王建华')
      await rec.fill('rows.0.group', '六组')
      await rec.fill('rows.0.amountFen', '12345')
    },
    bad: { set: (rec) => rec.fill('title', ''), field: 'title', error: '标题不能为空' },
    unbad: (rec) => rec.fill('title', '六组排涝站征地补偿公开'),
    title: '六组排涝站征地补偿公开',
    async fix(rec) {
      await rec.addRow('rows')
      await rec.fill('rows.1.label', '李国平')
      await rec.fill('rows.1.group', '六组')
      await rec.fill('rows.1.amountFen', '8000')
    },
    async showsPublicly(kiosk, id) {
      const s = await kiosk.call('finance.special', { id })
      expect(s.rows.map((r) => [r.label, r.amountFen])).toEqual([
        ['王*华', 1_234_500],
        ['李*平', 800_000],
      ])
      await kiosk.open('/finance/specials')
      await kiosk.page.locator(`[data-testid=special-row][data-id="${id}"]`).click()
      await expect(kiosk.page.getByTestId('special-title')).toHaveText('六组排涝站征地补偿公开')
      const rows = kiosk.page.getByTestId('special-rows')
      await expect(rows).toContainText('王*华')
      await expect(rows).toContainText(formatYuan(1_234_500))
      await expect(kiosk.page.locator('body')).not.toContainText('王建华')
    },
  },
]
