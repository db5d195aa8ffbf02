/**
 * A 四议两公开 vote that did not get its majority is an outcome the villagers decided, not a
 * fault of the cadres: the tracker says ✕ 未通过 on that step, with no 不合规定 mark, while the
 * rule reminder still gives the numbers in words.
 */
import { expect, test } from './fixtures'
import { HomePage } from './pages/home'
import { MatterDetailPage, MattersPage } from './pages/matters'

test('the demo matter whose 村民代表会议 did not pass says 未通过 on its step, not 不合规定', async ({
  kiosk,
}) => {
  const { page } = kiosk
  await kiosk.open('/')
  const matters = (await kiosk.call('matters.list', {})).items
  const failed = matters.find((m) => m.voteFailed?.index === 3)!
  expect(failed, 'the demo has a matter whose 村民代表会议 did not pass').toBeTruthy()
  await new HomePage(page).openSection('matters')
  await new MattersPage(page).open(failed.id)
  const detail = new MatterDetailPage(page)
  const step = detail.trackerSteps().nth(3)
  await expect(step.getByTestId('tracker-state')).toHaveText('未通过')
  await expect(step.locator('.circle')).toHaveText('✕')
  await expect(step.getByTestId('tracker-broken')).toHaveCount(0)
  await expect(page.getByText('不合规定')).toHaveCount(0)
  // The steps before it passed and say so; the two after it were never held.
  for (const i of [0, 1, 2]) {
    await expect(detail.trackerSteps().nth(i).getByTestId('tracker-state')).toHaveText('已完成')
  }
  for (const i of [4, 5]) {
    await expect(detail.trackerSteps().nth(i).getByTestId('tracker-state')).toHaveText('未进行')
  }
  const reps = failed.steps[3]!
  await expect(step.getByTestId('tracker-votes')).toHaveText(
    `赞成${reps.votesFor} 反对${reps.votesAgainst} 弃权${reps.abstain}`,
  )
  await expect(detail.ruleChecks()).toHaveText([
    `决议未获到会人员过半数同意（到会${reps.present}人，同意${reps.votesFor}人）`,
  ])
})
