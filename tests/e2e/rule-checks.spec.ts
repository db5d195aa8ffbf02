/**
 * Rule breaks are seen before signing: a 村民代表会议 record below two thirds shows its warning
 * on the 监委's screen before 审核通过, and the same words on the public 会议 page after.
 */
import { expect, test } from './fixtures'
import { RecordsAdminPage } from './pages/records-admin'
import { loginAs, logout, PINS } from './support/registers'

test('the 监委 sees a meeting below quorum before signing; villagers see it after', async ({
  kiosk,
}) => {
  await kiosk.open('/')
  const clerk = (await kiosk.call('auth.roster', {})).find((r) => r.role === 'clerk')!
  await kiosk.call('auth.login', { name: clerk.name, password: PINS.clerk })
  const meeting = await kiosk.call('meetings.save', {
    kind: '村民代表会议',
    date: '2026-11-20',
    topic: '审议三组道路硬化方案',
    place: '村部二楼会议室',
    due: 40,
    present: 12,
    minutes: '会议审议了三组道路硬化方案。',
  })
  await kiosk.call('meetings.submit', { id: meeting.id })
  await kiosk.call('auth.logout', {})

  const words = '村民代表会议到会不足三分之二（应到40人，实到12人）'
  await loginAs(kiosk, 'supervisor')
  await kiosk.open(`/admin/records/meetings/${meeting.id}`)
  const rules = kiosk.page.getByTestId('record-rule-checks')
  await expect(rules).toContainText('规则提醒')
  await expect(rules.getByTestId('record-rule-check')).toHaveText([words])
  await kiosk.page.screenshot({ path: 'artifacts/record-rule-checks.png' })
  await new RecordsAdminPage(kiosk.page).action('publish').click()
  await expect(kiosk.page.getByTestId('published-by')).toBeVisible()
  await logout(kiosk)

  await kiosk.open('/meetings')
  const card = kiosk.page.locator(`[data-testid=meeting][data-id="${meeting.id}"]`)
  await expect(card.getByTestId('meeting-rule-check')).toHaveText(words)
  await card.scrollIntoViewIfNeeded()
  await kiosk.page.screenshot({ path: 'artifacts/meeting-rule-check.png' })
})
