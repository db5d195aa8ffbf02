/**
 * 不公开 as the board tells villagers it is done: only a 监委 member is offered it (the cadres
 * questioned are not); as 重复 they pick the question on the board it repeats, which the asker
 * then sees by receipt with its answer; the inbox list says a withheld question was overdue.
 */
import { expect, test } from './fixtures'
import { LoginPage } from './pages/login'
import { CheckPage, QuestionsBoardPage, QuestionsInboxPage } from './pages/questions'

const OVERDUE = '家里老人行动不便，想申请临时救助，需要带什么材料？'
const REPEATED = '这条路什么时候能修好？现在下雨天很难走。'

test('the admin and the clerk are not offered 不公开: the screen says the 监委 decides', async ({
  kiosk,
}) => {
  const { page } = kiosk
  const login = new LoginPage(page)
  for (const [role, pin] of [
    ['admin', '333333'],
    ['clerk', '111111'],
  ] as const) {
    await kiosk.open('/')
    await login.open()
    await login.loginAs(role, pin)
    await kiosk.page.getByTestId('admin-shell').waitFor()
    await kiosk.open('/admin/questions')
    await new QuestionsInboxPage(page).rows().first().click()
    await expect(page.getByTestId('answer-form')).toBeVisible()
    await expect(page.getByTestId('withhold-form')).toHaveCount(0)
    await expect(page.getByTestId('withhold-supervisors-only')).toContainText(
      '只有村务监督委员会成员',
    )
    if (role === 'admin') await page.screenshot({ path: 'artifacts/withhold-admin.png' })
    await page.getByTestId('admin-logout').click()
  }
})

test('a 监委 member withholds an overdue question as 重复 of one on the board; the asker sees that one', async ({
  kiosk,
}) => {
  const { page } = kiosk
  await kiosk.open('/')
  const login = new LoginPage(page)
  await login.open()
  await login.loginAs('supervisor', '222222')
  await kiosk.page.getByTestId('admin-shell').waitFor()
  await kiosk.open('/admin/questions')
  const inbox = new QuestionsInboxPage(page)
  const row = inbox.rows().filter({ hasText: OVERDUE })
  const receipt = (await row.getAttribute('data-receipt')) ?? ''
  await row.click()

  await page.locator('[data-testid=withhold-reason][data-reason="重复"]').click()
  const picks = page.getByTestId('withhold-duplicate')
  await expect(picks.filter({ hasText: OVERDUE })).toHaveCount(0)
  await page.getByTestId('withhold-submit').click()
  await expect(page.getByTestId('withhold-error')).toHaveText('请先选出重复的是哪一个问题')
  await picks.filter({ hasText: REPEATED }).click()
  await page.screenshot({ path: 'artifacts/withhold-duplicate-pick.png' })
  await page.getByTestId('withhold-submit').click()
  await expect(page.getByTestId('question-withheld')).toContainText('重复')
  await expect(page.getByTestId('question-duplicate-link')).toHaveText(REPEATED)
  await expect(page.getByTestId('question-withheld-overdue')).toContainText('已逾期 3 天')

  // The list says so too: the reason, that it was overdue then, and what it repeats.
  await page.getByTestId('back').click()
  const withheld = inbox.row(receipt)
  await expect(withheld.getByTestId('inbox-withheld')).toHaveText('重复')
  await expect(withheld.getByTestId('inbox-withheld-overdue')).toHaveText(
    '不公开时已逾期 3 天未答复',
  )
  await expect(withheld.getByTestId('inbox-duplicate-of')).toContainText(REPEATED)
  await withheld.scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'artifacts/withhold-inbox.png' })
  await page.getByTestId('admin-logout').click()

  // The asker, by receipt: not on the board because it repeats this one, answered there.
  await kiosk.open('/questions')
  const board = new QuestionsBoardPage(page)
  await expect(board.card(OVERDUE)).toHaveCount(0)
  await board.check()
  const check = new CheckPage(page)
  await check.enter(receipt)
  await expect(check.withheld()).toContainText('重复')
  const dup = page.getByTestId('check-duplicate')
  await expect(dup).toContainText(REPEATED)
  await expect(dup.getByTestId('answer-text')).toContainText('已完成路基')
  await expect(check.result()).not.toContainText('还没有答复，请过几天再来看')
  await page.screenshot({ path: 'artifacts/withhold-receipt.png', fullPage: true })
})
