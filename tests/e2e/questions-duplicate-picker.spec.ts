/**
 * The 重复 picker in a village with years of questions: newest first, 50 at a time behind a big
 * 再看 50 条 button, narrowed by words or a receipt typed in its box (on the screen keyboard too);
 * a question asked after the one withheld is never offered.
 */
import { LIST_PAGE } from '../../contract'
import { expect, test, type Kiosk } from './fixtures'
import { TEST_NOW } from './hosts/types'
import { LoginPage } from './pages/login'

const EXTRA = 70
const TARGET = '村里的路到底什么时候修？问了好几次了。'
const LATER = '五组的自来水什么时候能通？'

/** Asks as a villager at another screen, one second after the question before. */
function asker(kiosk: Kiosk) {
  const core = kiosk.host.core!
  let at = Date.parse(TEST_NOW)
  return async (text: string, caller: string): Promise<{ id: string; receipt: string }> => {
    at += 1000
    kiosk.host.setNow!(new Date(at).toISOString())
    const r = await core.invoke(
      'questions.submit',
      { type: '质询', text, name: '', phone: '' },
      caller,
    )
    if (!r.ok) throw new Error(`questions.submit: ${r.error.message}`)
    const { receipt } = r.data as { receipt: string }
    return { id: core.store.all('questions').find((q) => q.receipt === receipt)!.id, receipt }
  }
}

test('a 监委 member finds the repeated question by words or receipt, 50 at a time', async ({
  kiosk,
}) => {
  test.skip(!kiosk.host.core, 'needs the core in the test process (bridge host)')
  // 72 questions, each written durably: on a busy CI machine that alone can take most of a minute.
  test.setTimeout(120_000)
  const core = kiosk.host.core!
  const ask = asker(kiosk)
  const seeded: Array<{ id: string; receipt: string; text: string }> = []
  for (let i = 0; i < EXTRA; i++) {
    const text = `第${i + 1}个问题：${i % 10 === 0 ? '自来水管' : '机耕路'}的事什么时候办？`
    seeded.push({ ...(await ask(text, `seed-${i}`)), text })
  }
  const target = await ask(TARGET, 'seed-target')
  await ask(LATER, 'seed-later')
  const asked = (id: string) => core.store.get('questions', id)!.submittedAt
  const offered = core.store
    .all('questions')
    .filter((q) => q.id !== target.id && !q.withheld && q.submittedAt <= asked(target.id))
  expect(offered.length).toBeGreaterThan(LIST_PAGE)

  const { page } = kiosk
  await kiosk.open('/')
  const login = new LoginPage(page)
  await login.open()
  await login.loginAs('supervisor', '222222')
  // The login's own move to the workspace first: opened before it lands, it would win.
  await page.getByTestId('admin-shell').waitFor()
  await kiosk.open(`/admin/questions/${target.id}`)
  await page.locator('[data-testid=withhold-reason][data-reason="重复"]').click()

  // Newest first, 50 of them, the whole count and one big button for the next 50.
  const picks = page.getByTestId('withhold-duplicate')
  await expect(picks).toHaveCount(LIST_PAGE)
  await expect(picks.first()).toContainText(seeded.at(-1)!.text)
  await expect(page.getByTestId('withhold-duplicates-total')).toHaveText(`共 ${offered.length} 条`)
  const more = page.getByTestId('withhold-duplicates-more')
  await expect(more).toHaveText(`▼再看 ${Math.min(LIST_PAGE, offered.length - LIST_PAGE)} 条`)
  const box = (await more.boundingBox())!
  expect(box.height).toBeGreaterThanOrEqual(64)
  expect(box.width).toBeGreaterThanOrEqual(64)
  await page.getByTestId('withhold-duplicate-find').scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'artifacts/withhold-duplicate-find.png' })
  await more.click()
  await expect(picks).toHaveCount(Math.min(2 * LIST_PAGE, offered.length))

  // Words narrow the list to the questions holding them; the later question is never there.
  const find = page.getByTestId('withhold-duplicate-find')
  await find.fill('自来水')
  const water = offered.filter((q) => q.text.includes('自来水'))
  await expect(picks).toHaveCount(water.length)
  for (const text of await picks.allTextContents()) expect(text).toContain('自来水')
  await expect(picks.filter({ hasText: LATER })).toHaveCount(0)
  await find.fill('自来水 不存在的字')
  await expect(picks).toHaveCount(0)
  await expect(page.getByTestId('withhold-duplicate-none')).toContainText(
    '没有找到含“自来水 不存在的字”的问题',
  )
  await page.getByTestId('withhold-duplicate-clear').click()
  await expect(find).toHaveValue('')
  await expect(picks).toHaveCount(LIST_PAGE)

  // A receipt typed on the screen keyboard's digit page finds that one question.
  const wanted = seeded[2]!
  await page.getByTestId('withhold-duplicate-keys').click()
  const key = (k: string) =>
    page.locator(`[data-testid=chinese-keyboard] [data-skbtn="${k}"]`).first().click()
  await key('{digits}')
  for (const d of wanted.receipt) await key(d)
  await expect(find).toHaveValue(wanted.receipt)
  await expect(picks).toHaveCount(1)
  await picks.first().click()
  await expect(page.getByTestId('withhold-duplicate-chosen')).toHaveText(`已选：${wanted.text}`)
  await page.screenshot({ path: 'artifacts/withhold-duplicate-keys.png', fullPage: true })
  await page.getByTestId('withhold-submit').click()
  await expect(page.getByTestId('question-withheld')).toContainText('重复')
  await expect(page.getByTestId('question-duplicate-link')).toHaveText(wanted.text)
})

test('the picker in 大字模式 keeps its box and buttons large and readable', async ({ kiosk }) => {
  test.skip(!kiosk.host.core, 'needs the core in the test process (bridge host)')
  const ask = asker(kiosk)
  for (let i = 0; i < 3; i++) await ask(`第${i + 1}个问题：机耕路什么时候修？`, `seed-${i}`)
  const target = await ask(TARGET, 'seed-target')
  const { page } = kiosk
  await kiosk.open('/')
  const login = new LoginPage(page)
  await login.open()
  await login.loginAs('supervisor', '222222')
  // The login's own move to the workspace first: opened before it lands, it would win.
  await page.getByTestId('admin-shell').waitFor()
  await kiosk.open(`/admin/questions/${target.id}`)
  await page.getByTestId('large-text-toggle').click()
  await page.locator('[data-testid=withhold-reason][data-reason="重复"]').click()
  await page.getByTestId('withhold-duplicate').first().click()
  for (const id of [
    'withhold-duplicate-find',
    'withhold-duplicate-keys',
    'withhold-duplicate-clear',
  ]) {
    const b = (await page.getByTestId(id).boundingBox())!
    expect(b.height, id).toBeGreaterThanOrEqual(64)
  }
  await page.getByTestId('withhold-duplicates').scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'artifacts/withhold-duplicate-find-large.png' })
})
