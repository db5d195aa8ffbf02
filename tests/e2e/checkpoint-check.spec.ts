/**
 * 核对核验码: a villager notes the footer's code, the records move on, and later the code at the
 * noted number is looked up from the footer and reads the same 16 hex digits.
 */
import { groupedHash } from '../../contract/checkpoint'
import { expect, test } from './fixtures'
import { CodeCheckPage } from './pages/code-check'
import { HomePage } from './pages/home'

test('a code noted from the footer reads the same after more changes', async ({ kiosk }) => {
  const page = kiosk.page
  const home = new HomePage(page)
  const check = new CodeCheckPage(page)
  await kiosk.open('/')

  // The villager notes the footer's code: #seq and four groups of four.
  const noted = {
    seq: Number(await home.checkpoint().getAttribute('data-seq')),
    hash: (await home.checkpoint().getAttribute('data-hash')) ?? '',
  }
  expect(noted.hash).toMatch(/^[0-9a-f]{16}$/)
  await expect(home.checkpoint()).toContainText(groupedHash(noted.hash))

  // A cadre saves two changes: the head moves on.
  const roster = await kiosk.call('auth.roster', {})
  const admin = roster.find((r) => r.role === 'admin')!
  await kiosk.call('auth.login', { name: admin.name, password: '333333' })
  await kiosk.call('members.save', { name: '钱秋实', body: 'supervision', title: '监委委员' })
  await kiosk.call('members.save', { name: '孙冬青', body: 'supervision', title: '监委委员' })
  await kiosk.call('auth.logout', {})
  const now = await kiosk.call('system.checkpoint', {})
  expect(now.seq).toBe(noted.seq + 2)

  await kiosk.open('/')
  await expect(home.checkpoint()).toHaveAttribute('data-seq', String(now.seq))
  // The footer's 核验码 area is a large touch target.
  const box = await check.footerOpen().boundingBox()
  expect(box!.height).toBeGreaterThanOrEqual(64)
  await check.footerOpen().click()
  await expect(check.root()).toBeVisible()
  await expect(check.today()).toContainText(`#${now.seq} · ${groupedHash(now.hash)}`)

  await check.look(noted.seq)
  await expect(check.result()).toHaveAttribute('data-hash', noted.hash)
  await expect(check.result()).toContainText(`第 ${noted.seq} 号的核验码是`)
  await expect(check.result()).toContainText(groupedHash(noted.hash))
  await expect(check.result()).toContainText('没有被改动过')
  await expect(check.result()).toContainText('村务监督委员会')
  await page.screenshot({ path: 'artifacts/code-check.png' })

  // A number not written yet: plain words, no result.
  await check.look(now.seq + 5)
  await expect(check.error()).toHaveText(
    `还没有第 ${now.seq + 5} 号记录，现在最新是第 ${now.seq} 号`,
  )
  await expect(check.result()).toHaveCount(0)

  // 大字 mode: the same page, the same code, still whole on one line.
  await page.getByTestId('large-text-toggle').click()
  await check.look(noted.seq)
  await expect(check.result()).toHaveAttribute('data-hash', noted.hash)
  await page.screenshot({ path: 'artifacts/code-check-large.png' })

  await page.getByTestId('back').click()
  await expect(page.getByTestId('home')).toBeVisible()
})

test('on a cadre’s screens the footer code is no link and does not say 点这里', async ({
  kiosk,
}) => {
  await kiosk.open('/')
  await expect(kiosk.page.getByTestId('checkpoint-open')).toContainText('点这里')
  const roster = await kiosk.call('auth.roster', {})
  const admin = roster.find((r) => r.role === 'admin')!
  await kiosk.call('auth.login', { name: admin.name, password: '333333' })
  await kiosk.open('/admin')
  const footer = kiosk.page.locator('footer')
  await expect(footer.getByTestId('checkpoint')).toBeVisible()
  await expect(footer.getByTestId('checkpoint-open')).toHaveCount(0)
  await expect(footer).toContainText('可记下核验码，日后核对记录是否被改动')
  await expect(footer).not.toContainText('点这里')
})
