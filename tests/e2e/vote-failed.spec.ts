/**
 * A 四议两公开 vote that did not pass is said in words wherever a matter card shows the step it
 * reached: the home screen's 最近的村级决策 and a project's 决策过程 card. Core refuses a new
 * project at 施工 on such a matter; one already building when the matter was corrected keeps
 * its page, and the page says the vote failed. A correction at 施工 may not take the matter out:
 * the correction form says so beside the matter field.
 */
import type { Role } from '../../contract'
import { expect, test, type Kiosk } from './fixtures'
import { RecordsAdminPage } from './pages/records-admin'
import { loginAs, PINS } from './support/registers'

/** Logs a cadre of `role` in through the API, as the PIN pad would. */
async function as(kiosk: Kiosk, role: Role & keyof typeof PINS): Promise<void> {
  await kiosk.call('auth.logout', {})
  const who = (await kiosk.call('auth.roster', {})).find((r) => r.role === role)!
  await kiosk.call('auth.login', { name: who.name, password: PINS[role] })
}

/** `today` moved by `days` (ISO dates). */
const dayOf = (today: string, days: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

test('a failed 村民代表会议 vote reads 没有依法通过 on the home tile and the project’s matter card', async ({
  kiosk,
}) => {
  await kiosk.open('/')
  const { today } = await kiosk.call('home.summary', {})
  const steps = [
    { index: 0, date: dayOf(today, -9), content: '党支部提议硬化三组道路' },
    { index: 1, date: dayOf(today, -7), due: 7, present: 7, votesFor: 7 },
    { index: 2, date: dayOf(today, -5), due: 60, present: 50, votesFor: 45 },
    { index: 3, date: dayOf(today, -2), due: 40, present: 35, votesFor: 30 },
  ]
  const title = '关于硬化三组道路的事项'
  await as(kiosk, 'clerk')
  const draft = await kiosk.call('matters.save', { title, steps })
  await kiosk.call('matters.submit', { id: draft.id })
  await as(kiosk, 'supervisor')
  const matter = await kiosk.call('matters.publish', { id: draft.id })
  await as(kiosk, 'clerk')
  const road = {
    name: '三组道路硬化工程',
    stage: '施工',
    percent: 30,
    budgetFen: 50_000_000,
  } as const
  const p = await kiosk.call('projects.save', { ...road, matterId: matter.id })
  await kiosk.call('projects.submit', { id: p.id })
  await as(kiosk, 'supervisor')
  await kiosk.call('projects.publish', { id: p.id })

  // The signed sheet shows 17 of 35 in favour: the record is corrected to what happened.
  await as(kiosk, 'clerk')
  const failed = steps.map((s) =>
    s.index === 3 ? { ...s, votesFor: 17, votesAgainst: 16, abstain: 2 } : s,
  )
  const fix = await kiosk.call('matters.correct', {
    id: matter.id,
    title,
    steps: failed,
    reason: '同意票数录错，按签字表更正',
  })
  await kiosk.call('matters.submit', { id: fix.id })
  await as(kiosk, 'supervisor')
  await kiosk.call('matters.publish', { id: fix.id })
  // A new project at 施工 on this matter is now refused, in words.
  await as(kiosk, 'clerk')
  const again = await kiosk.call('projects.save', {
    ...road,
    name: '三组道路二期',
    matterId: fix.id,
  })
  const refused = await kiosk.raw('projects.submit', { id: again.id })
  await kiosk.call('auth.logout', {})
  expect(refused.ok ? '' : refused.error.message).toContain(
    '项目已到“施工”阶段，但关联的四议两公开事项“关于硬化三组道路的事项”',
  )

  await kiosk.open('/')
  const tile = kiosk.page.locator(`[data-testid=home-decision][data-id="${fix.id}"]`)
  await expect(tile.getByTestId('vote-failed-words')).toHaveText('村民代表会议没有依法通过')
  await tile.scrollIntoViewIfNeeded()
  await kiosk.page.screenshot({ path: 'artifacts/home-vote-failed.png' })
  // A decision whose votes passed says nothing of the kind.
  const passed = (await kiosk.call('home.summary', {})).decisions.filter((d) => !d.voteFailed)
  for (const d of passed)
    await expect(
      kiosk.page
        .locator(`[data-testid=home-decision][data-id="${d.id}"]`)
        .getByTestId('vote-failed'),
    ).toHaveCount(0)

  await kiosk.open(`/projects/${p.id}`)
  const card = kiosk.page.getByTestId('matter-link-card')
  await expect(card.getByTestId('matter-link')).toHaveAttribute('data-id', fix.id)
  await expect(card.getByTestId('vote-failed-words')).toHaveText('村民代表会议没有依法通过')
  await card.scrollIntoViewIfNeeded()
  await kiosk.page.screenshot({ path: 'artifacts/project-matter-vote-failed.png' })

  // The 四议两公开 list says it on the matter's row too.
  await kiosk.open('/matters')
  const row = kiosk.page.locator(`[data-testid=matter-row][data-id="${fix.id}"]`)
  await expect(row.getByTestId('vote-failed-words')).toHaveText('村民代表会议没有依法通过')
  await row.scrollIntoViewIfNeeded()
  await kiosk.page.screenshot({ path: 'artifacts/matters-row-vote-failed.png' })

  // The matter's own page names the project building on a vote that did not pass.
  const view = await kiosk.call('matters.get', { id: fix.id })
  expect(view.ruleChecks).toContain(
    '项目“三组道路硬化工程”已到“施工”阶段，但本事项“村民代表会议决议”没有依法通过：' +
      '决议未获到会人员过半数同意（到会35人，同意17人）',
  )
})

test('a project correction at 施工 that takes out its matter shows why beside the matter field', async ({
  kiosk,
}) => {
  const page = kiosk.page
  const rec = new RecordsAdminPage(page)
  await kiosk.open('/')
  let building: { id: string; stage: string; matter: { id: string; title: string } } | undefined
  for (const { id } of (await kiosk.call('projects.list', {})).items) {
    const p = await kiosk.call('projects.get', { id })
    if (p.matter && ['施工', '验收', '结算'].includes(p.stage))
      building = { id, stage: p.stage, matter: p.matter }
  }
  if (!building) throw new Error('the demo village has no project under way on a matter')

  await loginAs(kiosk, 'clerk')
  await kiosk.open(`/admin/records/projects/${building.id}`)
  await rec.action('correct').click()
  await expect(rec.form('projects')).toBeVisible()
  await page.getByTestId('input-reason').fill('完成进度录错')
  await rec.choose('matterId', '')
  await rec.save()
  await expect(rec.error('matterId')).toHaveText(
    `项目已到“${building.stage}”阶段，更正时不能去掉关联的四议两公开事项“${building.matter.title}”。` +
      '请仍旧关联这个事项，或改为关联已经表决通过的事项',
  )
  await expect(rec.formErrors()).toBeVisible()
  await page.getByTestId('field-matterId').scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'artifacts/project-correction-matter-dropped.png' })
  expect((await kiosk.call('projects.drafts', {})).filter((p) => p.supersedes)).toEqual([])

  // With the matter linked again the correction saves.
  await rec.choose('matterId', building.matter.id)
  await rec.save()
  await expect(rec.correctionBanner()).toContainText('完成进度录错')
})
