/**
 * A line changed by someone other than the clerk who entered it says so to the 监委 who reviews
 * it (core refuses the signature to anyone who changed it; see the unit tests): here the admin
 * changed a figure the clerk entered.
 */
import { expect, test } from './fixtures'
import { GONGSHI, as } from './shots/records'
import { LoginPage } from './pages/login'
import {
  loginUi,
  OCTOBER,
  OCTOBER_LINES,
  PINS,
  seedOctober,
  voucherOf,
} from './support/ledger-admin'

test('the 监委 sees who besides the clerk changed a line before signing', async ({ kiosk }) => {
  const { ids } = await seedOctober(kiosk, 'draft')
  const admin = await loginUi(kiosk, 'admin')
  const line = OCTOBER_LINES[1]!
  await kiosk.call('ledger.saveEntry', {
    ...line,
    id: ids[1]!,
    period: OCTOBER,
    voucherNo: voucherOf(2),
    amountFen: line.amountFen + 10_000,
  })
  await kiosk.call('auth.logout', {})

  await loginUi(kiosk, 'clerk')
  await kiosk.call('ledger.submit', { period: OCTOBER })
  await kiosk.call('auth.logout', {})
  await loginUi(kiosk, 'supervisor')
  await kiosk.open(`/admin/ledger/${OCTOBER}/entry/${ids[1]}`)
  await expect(kiosk.page.getByTestId('entry-edited-by')).toHaveText(
    `改过的人：${admin}（他们都不能为这笔账签字）`,
  )
  // The line's history says it in words too, not by a field's code name.
  await expect(kiosk.page.getByText('修改：金额、改过的人')).toBeVisible()
  await kiosk.page.getByTestId('entry-edited-by').scrollIntoViewIfNeeded()
  await kiosk.page.screenshot({ path: 'artifacts/ledger-edited-by.png' })
  // The line the clerk entered alone says nothing of the kind.
  await kiosk.open(`/admin/ledger/${OCTOBER}/entry/${ids[0]}`)
  await expect(kiosk.page.getByTestId('fact-amountFen')).toBeVisible()
  await expect(kiosk.page.getByTestId('entry-edited-by')).toHaveCount(0)
})

test('a record the admin changed names them for the 监委 reviewing it', async ({ kiosk }) => {
  await as(kiosk, 'clerk')
  const notice = await kiosk.call('notices.save', GONGSHI)
  await kiosk.call('auth.logout', {})
  const admin = await loginUi(kiosk, 'admin')
  await kiosk.call('notices.save', { ...GONGSHI, id: notice.id, title: `${GONGSHI.title}（改）` })
  await kiosk.call('notices.submit', { id: notice.id })
  await kiosk.call('auth.logout', {})
  await loginUi(kiosk, 'supervisor')
  await kiosk.open(`/admin/records/notices/${notice.id}`)
  await expect(kiosk.page.getByTestId('record-edited-by')).toHaveText(
    `${admin} 改过（他们都不能审核这一条）`,
  )
  await kiosk.page.screenshot({ path: 'artifacts/record-edited-by.png' })
})

test('a clerk later given the 监委 role is told on the review panel why they cannot sign', async ({
  kiosk,
}) => {
  const { ids } = await seedOctober(kiosk, 'draft')
  // The clerk takes one line out (the rest are their own lines too); the admin submits.
  await loginUi(kiosk, 'clerk')
  await kiosk.call('ledger.removeEntry', { id: ids[3]! })
  await kiosk.call('auth.logout', {})
  await loginUi(kiosk, 'admin')
  await kiosk.call('ledger.submit', { period: OCTOBER })
  const users = await kiosk.call('auth.users', {})
  const clerk = users.find((u) => u.role === 'clerk')!
  const sup = users.find((u) => u.role === 'supervisor' && u.active)!
  await kiosk.call('auth.saveUser', {
    id: clerk.id,
    name: clerk.name,
    role: 'supervisor',
    witness: { name: sup.name, password: PINS.supervisor },
  })
  await kiosk.call('auth.logout', {})

  await kiosk.open('/login')
  const login = new LoginPage(kiosk.page)
  await login.nameButton(clerk.name).click()
  await login.tapPin(PINS.clerk)
  await login.submit()
  await kiosk.page.getByTestId('admin-shell').waitFor()
  await kiosk.open(`/admin/ledger/${OCTOBER}`)
  await expect(kiosk.page.getByTestId('review-own')).toHaveText(
    '这一期有您录入、改过或删去的账目，需由另一位监委成员签字。',
  )
  await expect(kiosk.page.getByTestId('review-publish')).toBeDisabled()
  await kiosk.page.getByTestId('review-own').scrollIntoViewIfNeeded()
  await kiosk.page.screenshot({ path: 'artifacts/review-own-lines.png' })
})
