/**
 * A question asked about a project whose name was corrected afterwards: the board, 查进度 and
 * the cadres' inbox list name the project as it is now, link to its current version, and say in
 * words that it was corrected since, with the name it was asked under.
 */
import { expect, test, type Kiosk } from './fixtures'
import { LoginPage } from './pages/login'
import { CheckPage, QuestionsBoardPage, QuestionsInboxPage } from './pages/questions'
import { correctedRecord } from './support/detail-fixes'

const ASKED = '这个工程的钱花在哪了？'

/** The question's row in the 监委's 村民提问 list. */
async function inboxRow(kiosk: Kiosk) {
  await kiosk.open('/')
  const login = new LoginPage(kiosk.page)
  await login.open()
  await login.loginAs('supervisor', '222222')
  await kiosk.page.getByTestId('admin-shell').waitFor()
  await kiosk.open('/admin/questions')
  return new QuestionsInboxPage(kiosk.page).rows().filter({ hasText: ASKED })
}

test('a question about a project renamed since: current name, current version, 原标题 on the card', async ({
  kiosk,
}) => {
  const { page } = kiosk
  await kiosk.open('/')
  const project = (await kiosk.call('projects.list', {})).items[0]!
  const { receipt } = await kiosk.call('questions.submit', {
    type: '质询',
    text: ASKED,
    about: { section: 'projects', id: project.id },
  })
  const renamed = `${project.name}（含排水沟）`
  const fixId = await correctedRecord(
    kiosk,
    'projects',
    () => ({ name: renamed }),
    '工程名称漏写了排水沟',
    (p) => p.id === project.id,
  )
  expect(fixId, 'the demo village has a published project to correct').not.toBe('')

  const note = `这条记录提问后更正过，原标题“${project.name}”`
  await kiosk.open('/questions')
  const board = new QuestionsBoardPage(page)
  const card = board.card(ASKED)
  await expect(card.getByTestId('question-about')).toHaveText(`针对：${renamed}`)
  await expect(card.getByTestId('question-about-corrected')).toHaveText(note)

  // The link opens the corrected version, not the one replaced.
  await card.getByTestId('question-about').click()
  await expect(page).toHaveURL(new RegExp(`/projects/${fixId}$`))
  await expect(page.getByTestId('project-detail')).toContainText(renamed)
  await expect(page.getByTestId('revision-replaced')).toHaveCount(0)

  // 查进度 by the receipt shows the same card.
  await kiosk.open('/questions/check')
  const check = new CheckPage(page)
  await check.enter(receipt)
  const result = check.result()
  await expect(result.getByTestId('question-about')).toHaveText(`针对：${renamed}`)
  await expect(result.getByTestId('question-about-corrected')).toHaveText(note)

  // The cadres' list says it too, before they open the question to answer it.
  const row = await inboxRow(kiosk)
  await expect(row).toHaveCount(1)
  await expect(row).toContainText(`针对：${renamed}`)
  await expect(row.getByTestId('inbox-about-corrected')).toHaveText(note)
})

test('a question about a project corrected since under the same name: the card says so and links to the correction', async ({
  kiosk,
}) => {
  const { page } = kiosk
  await kiosk.open('/')
  const project = (await kiosk.call('projects.list', {})).items[0]!
  await kiosk.call('questions.submit', {
    type: '质询',
    text: ASKED,
    about: { section: 'projects', id: project.id },
  })
  const fixId = await correctedRecord(
    kiosk,
    'projects',
    () => ({ percent: 90 }),
    '完成进度录错，应为百分之九十',
    (p) => p.id === project.id,
  )
  expect(fixId, 'the demo village has a published project to correct').not.toBe('')

  await kiosk.open('/questions')
  const card = new QuestionsBoardPage(page).card(ASKED)
  await expect(card.getByTestId('question-about')).toHaveText(`针对：${project.name}`)
  await expect(card.getByTestId('question-about-corrected')).toHaveText(
    '这条记录提问后更正过，上面是更正后的内容',
  )
  await card.getByTestId('question-about').click()
  await expect(page).toHaveURL(new RegExp(`/projects/${fixId}$`))
  await expect(page.getByTestId('revision-corrected')).toBeVisible()

  const row = await inboxRow(kiosk)
  await expect(row.getByTestId('inbox-about-corrected')).toHaveText(
    '这条记录提问后更正过，上面是更正后的内容',
  )
})
