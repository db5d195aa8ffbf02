/**
 * Two questions with one receipt number (an old PC's backup restored onto a replacement PC that
 * drew the same number for another villager): 查进度 shows neither question and sends the asker
 * to the 监委; the 监委 see both marked in the inbox, and on each what to do.
 */
import type { QuestionRecord } from '../../electron/core/services/questions/types'
import { expect, test } from './fixtures'
import { LoginPage } from './pages/login'
import { CheckPage, QuestionsBoardPage, QuestionsInboxPage } from './pages/questions'

const OURS = '新电脑上问的：村口的桥什么时候修？'

test('a receipt two questions hold opens neither; the 监委 see both marked', async ({ kiosk }) => {
  test.skip(!kiosk.host.core, 'writes the second question through the core (bridge host)')
  const core = kiosk.host.core!
  const theirs = core.store.all('questions').find((q) => !q.withheld)!
  const ours: QuestionRecord = { ...theirs, id: 'q-new-pc', text: OURS }
  delete ours.answer
  delete ours.feedback
  await core.store.commit({
    actor: null,
    action: 'questions.submit',
    entity: 'questions',
    id: ours.id,
    puts: [{ coll: 'questions', id: ours.id, value: ours }],
  })

  const { page } = kiosk
  await kiosk.open('/questions')
  await new QuestionsBoardPage(page).check()
  const check = new CheckPage(page)
  await check.enter(theirs.receipt)
  await expect(check.error()).toContainText('同时对上了两个问题')
  await expect(check.error()).toContainText('请村务监督委员会帮您查看答复')
  await expect(check.result()).toHaveCount(0)
  await expect(page.getByText(OURS)).toHaveCount(0)

  await kiosk.open('/')
  const login = new LoginPage(page)
  await login.open()
  await login.loginAs('supervisor', '222222')
  await kiosk.page.getByTestId('admin-shell').waitFor()
  await kiosk.open('/admin/questions')
  const inbox = new QuestionsInboxPage(page)
  const rows = inbox.row(theirs.receipt)
  await expect(rows).toHaveCount(2)
  for (const row of await rows.all()) {
    await expect(row.getByTestId('inbox-receipt-shared')).toHaveText('回执号重复')
  }
  await expect(page.getByTestId('inbox-receipt-shared')).toHaveCount(2)
  await rows.filter({ hasText: OURS }).click()
  await expect(page.getByTestId('question-receipt-shared')).toContainText(
    '另一个问题的回执号和这个一样',
  )
})
