/**
 * Two things a hurried cadre meets on the record screens:
 * - A correction form shows the fields a correction keeps (a budget line's year, direction and
 *   category; a debt's kind) greyed with “更正时不能改”, so nobody types a change core refuses.
 * - A draft never published can be deleted, after a plain confirm on the screen: an abandoned
 *   budget line no longer blocks entering it again. Published and waiting records offer no
 *   delete, and core refuses one asked for directly. Only the draft's writer or an admin is
 *   offered 删除; the 已删除 note shows once, not again on coming back to the list.
 */
import { expect, test } from './fixtures'
import { RecordsAdminPage } from './pages/records-admin'
import { loginAs, logout } from './support/registers'

test('a correction form shows what it keeps read-only, and the correction still saves', async ({
  kiosk,
}) => {
  const page = kiosk.page
  const rec = new RecordsAdminPage(page)
  await kiosk.open('/')
  const plan = await kiosk.call('finance.budget', {})
  const line = plan.expense.find((l) => !l.correction)
  if (!line) throw new Error('the demo village has no published expense plan line')

  await loginAs(kiosk, 'clerk')
  // A new line: nothing is locked.
  await kiosk.open('/admin/registers/budget/new')
  await expect(rec.form('budget')).toBeVisible()
  await expect(page.locator('[data-locked]')).toHaveCount(0)
  await expect(page.getByTestId('kept-hint')).toHaveCount(0)
  await expect(rec.input('year')).toBeEnabled()

  await kiosk.open(`/admin/registers/budget/${line.id}`)
  await rec.action('correct').click()
  await expect(rec.form('budget')).toBeVisible()
  await expect(page.getByTestId('kept-hint')).toContainText('更正时不能改')
  for (const field of ['year', 'direction', 'category']) {
    await expect(page.getByTestId(`field-${field}`)).toHaveAttribute('data-locked', 'true')
    await expect(page.getByTestId(`kept-${field}`)).toHaveText('更正时不能改')
  }
  await expect(rec.input('year')).toHaveValue(String(plan.year))
  await expect(rec.input('year')).toBeDisabled()
  await expect(page.getByTestId('minus-year')).toHaveCount(0)
  await expect(page.getByTestId('plus-year')).toHaveCount(0)
  // A kept choice shows only its value, plainly, and cannot be tapped.
  const direction = page.getByTestId('field-direction').getByRole('button')
  await expect(direction).toHaveCount(1)
  await expect(direction).toHaveText('支出')
  await expect(direction).toBeDisabled()
  const category = page.getByTestId('field-category').getByRole('button')
  await expect(category).toHaveCount(1)
  await expect(category).toBeDisabled()
  // What may be corrected stays as it was.
  await expect(page.getByTestId('field-item')).not.toHaveAttribute('data-locked', 'true')
  await expect(page.getByTestId('field-item').getByRole('button').first()).toBeEnabled()
  await expect(rec.input('plannedFen')).toBeEnabled()
  for (const box of await page.getByRole('button').all()) {
    if (!(await box.isVisible())) continue
    const b = await box.boundingBox()
    expect(b && b.width >= 64 && b.height >= 64, `${await box.textContent()} is tappable`).toBe(
      true,
    )
  }
  await page.getByTestId('field-note').scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'artifacts/correction-kept-budget.png' })

  await rec.fill('plannedFen', ((line.plannedFen + 100_000) / 100).toFixed(2))
  await page.getByTestId('input-reason').fill('村民代表会议追加了预算')
  await rec.save()
  await expect(rec.correctionBanner()).toContainText('村民代表会议追加了预算')
  // The correction's draft opened again: still locked.
  await rec.action('edit').click()
  await expect(page.getByTestId('field-year')).toHaveAttribute('data-locked', 'true')
  await expect(page.getByTestId('field-category')).toHaveAttribute('data-locked', 'true')

  // A debt keeps its kind (应收, 应付, 借入).
  const debt = (await kiosk.call('finance.debts', {})).items.find((d) => !d.correction)
  if (!debt) throw new Error('the demo village has no published debt')
  await kiosk.open(`/admin/registers/debts/${debt.id}`)
  await rec.action('correct').click()
  await expect(page.getByTestId('field-kind')).toHaveAttribute('data-locked', 'true')
  await expect(page.getByTestId('field-kind').getByRole('button')).toHaveText(debt.kind)
  await expect(page.getByTestId('field-counterparty')).not.toHaveAttribute('data-locked', 'true')
  await page.getByTestId('field-kind').screenshot({ path: 'artifacts/correction-kept-debt.png' })
})

test('an abandoned budget draft is deleted after a plain confirm, and the line can be entered again', async ({
  kiosk,
}) => {
  const page = kiosk.page
  const rec = new RecordsAdminPage(page)
  await loginAs(kiosk, 'clerk')
  const line = {
    year: 2031,
    direction: 'expense',
    category: 'expense',
    item: '办公费',
    plannedFen: 500_000,
  } as const
  const stale = await kiosk.call('budget.save', line)

  // Entering the same line again is refused while the old draft lies there.
  const fillLine = async () => {
    await kiosk.open('/admin/registers/budget/new')
    await rec.fill('year', '2031')
    await rec.choose('direction', 'expense')
    await rec.choose('category', 'expense')
    await rec.choose('item', '办公费')
    await rec.fill('plannedFen', '6000')
    await rec.save()
  }
  await fillLine()
  await expect(rec.error('item')).toContainText('这一年已经有同一科目的计划')

  // Published and waiting records offer no delete.
  const published = (await kiosk.call('budget.drafts', {})).find((b) => b.status === 'published')
  if (!published) throw new Error('the demo village has no published budget line')
  await kiosk.open(`/admin/registers/budget/${published.id}`)
  // The refused line is still typed in: leaving asks first (use-leave-guard).
  await page.getByTestId('leave-go').click()
  await expect(rec.action('correct')).toBeVisible()
  await expect(rec.action('remove')).toHaveCount(0)

  await kiosk.open(`/admin/registers/budget/${stale.id}`)
  await expect(rec.status('draft')).toBeVisible()
  await rec.action('remove').click()
  const confirm = rec.removeConfirm()
  await expect(confirm).toContainText('确定删除这条草稿吗？')
  await expect(confirm).toContainText('记入变更记录')
  await page.screenshot({ path: 'artifacts/draft-remove-confirm.png' })
  // 不删除 keeps it.
  await page.getByTestId('action-remove-cancel').click()
  await expect(confirm).toHaveCount(0)
  expect((await kiosk.call('budget.drafts', {})).map((b) => b.id)).toContain(stale.id)

  const seq = (await kiosk.call('system.checkpoint', {})).seq
  await rec.action('remove').click()
  await page.getByTestId('action-remove-confirm').click()
  await expect(rec.list('budget')).toBeVisible()
  await expect(page.getByTestId('removed-message')).toContainText('已删除草稿“2031年 办公费”')
  await expect(rec.row(stale.id)).toHaveCount(0)
  await page.screenshot({ path: 'artifacts/draft-removed-list.png' })
  // The note is said once: the address no longer carries it, and coming back does not repeat it.
  await expect(page).not.toHaveURL(/removed=/)
  await rec.rows().first().click()
  await expect(rec.detail()).toBeVisible()
  await page.goBack()
  await expect(rec.list('budget')).toBeVisible()
  await expect(rec.rows().first()).toBeVisible()
  await expect(page.getByTestId('removed-message')).toHaveCount(0)
  // The deleted draft's page is no longer behind the list: back leads to the page before it.
  await page.goBack()
  await expect(page).toHaveURL(new RegExp(`/admin/registers/budget/${published.id}$`))
  await expect(page.getByTestId('not-found-state')).toHaveCount(0)
  expect((await kiosk.call('system.checkpoint', {})).seq).toBe(seq + 1)
  const history = await kiosk.call('audit.history', { coll: 'budget', id: stale.id })
  expect(history.map((h) => [h.action, h.actionLabel, h.actor])).toEqual([
    ['budget.save', '保存', expect.any(String)],
    ['budget.remove', '删除', expect.any(String)],
  ])

  await fillLine()
  await expect(rec.status('draft')).toBeVisible()
  await expect(rec.title()).toHaveText('2031年 办公费')

  // A submitted one: no delete until the 监委 returns it.
  await rec.action('submit').click()
  await expect(rec.status('submitted')).toBeVisible()
  await expect(rec.action('remove')).toHaveCount(0)
})

test('hostile: delete asked for directly on published records is refused and changes nothing', async ({
  kiosk,
}) => {
  await loginAs(kiosk, 'clerk')
  const seq = (await kiosk.call('system.checkpoint', {})).seq
  const budget = (await kiosk.call('budget.drafts', {})).filter((b) => b.status === 'published')
  const notices = (await kiosk.call('notices.drafts', {})).filter((n) => n.status === 'published')
  expect(budget.length).toBeGreaterThan(0)
  expect(notices.length).toBeGreaterThan(0)
  for (const b of budget) {
    const r = await kiosk.raw('budget.remove', { id: b.id })
    expect(r.ok ? 'ok' : r.error.code).toBe('CONFLICT')
  }
  const r = await kiosk.raw('notices.remove', { id: notices[0]!.id })
  expect(r.ok ? 'ok' : r.error.message).toMatch(/已经公开.*不能删除/)
  expect((await kiosk.call('system.checkpoint', {})).seq).toBe(seq)
  expect((await kiosk.call('budget.drafts', {})).filter((b) => b.status === 'published')).toEqual(
    budget,
  )
})

test('a draft another cadre wrote: a clerk is not offered 删除 and is told whose it is', async ({
  kiosk,
}) => {
  const page = kiosk.page
  const rec = new RecordsAdminPage(page)
  const notice = {
    kind: 'notice' as const,
    title: '停水通知',
    body: '周五停水',
    validFrom: '2026-11-25',
  }
  const admin = await loginAs(kiosk, 'admin')
  const theirs = await kiosk.call('notices.save', notice)
  await kiosk.open(`/admin/records/notices/${theirs.id}`)
  await expect(rec.action('remove')).toBeVisible()
  await expect(page.getByTestId('remove-not-yours')).toHaveCount(0)
  await logout(kiosk)

  await loginAs(kiosk, 'clerk')
  await kiosk.open(`/admin/records/notices/${theirs.id}`)
  await expect(rec.status('draft')).toBeVisible()
  await expect(rec.action('edit')).toBeVisible()
  await expect(rec.action('remove')).toHaveCount(0)
  await expect(page.getByTestId('remove-not-yours')).toHaveText(
    `这条草稿是${admin}填写的，只有${admin}本人或管理员能删除。`,
  )
  await page.screenshot({ path: 'artifacts/draft-remove-not-yours.png' })
  // Asked for directly, core refuses and nothing is written.
  const seq = (await kiosk.call('system.checkpoint', {})).seq
  const r = await kiosk.raw('notices.remove', { id: theirs.id })
  expect(r.ok ? 'ok' : r.error.code).toBe('FORBIDDEN')
  expect(r.ok ? '' : r.error.message).toContain(`只有${admin}本人或管理员才能删除`)
  expect((await kiosk.call('system.checkpoint', {})).seq).toBe(seq)

  // The clerk's own draft offers it.
  const mine = await kiosk.call('notices.save', { ...notice, title: '停电通知' })
  await kiosk.open(`/admin/records/notices/${mine.id}`)
  await expect(rec.action('remove')).toBeVisible()
  await expect(page.getByTestId('remove-not-yours')).toHaveCount(0)
})
