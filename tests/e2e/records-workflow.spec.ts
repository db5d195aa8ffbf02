/**
 * The records workflow end to end, through the touch UI: a clerk enters a notice with a 公示
 * list and submits it; a 监委 member returns it with a comment; the clerk fixes and resubmits;
 * the 监委 signs it; the public 公示公告 screen shows it with names masked. A project correction
 * then shows 已更正 publicly while the earlier version stays on record.
 */
import { expect, test, type Kiosk } from './fixtures'
import { AdminPage } from './pages/admin'
import { LoginPage } from './pages/login'
import { NoticeDetailPage, NoticesPage } from './pages/notices'
import { ProjectDetailPage } from './pages/projects'
import { RecordsAdminPage } from './pages/records-admin'
import { signedOn } from './support/detail-fixes'

const PINS = { clerk: '111111', supervisor: '222222', admin: '333333' } as const

/** Taps 管理 on the public home and logs in on the PIN pad; returns the person's name. */
async function loginAs(kiosk: Kiosk, role: keyof typeof PINS): Promise<string> {
  await kiosk.open('/')
  const login = new LoginPage(kiosk.page)
  await login.open()
  const name = await login.loginAs(role, PINS[role])
  await new AdminPage(kiosk.page).shell().waitFor()
  return name
}

async function logout(kiosk: Kiosk): Promise<void> {
  await new AdminPage(kiosk.page).logout()
  await kiosk.page.getByTestId('admin-entry').waitFor()
}

test('a 公示 goes from the clerk through a return to the 监委 signature and onto the kiosk', async ({
  kiosk,
}) => {
  const page = kiosk.page
  const rec = new RecordsAdminPage(page)
  const admin = new AdminPage(page)

  // The clerk enters the notice with its list.
  await loginAs(kiosk, 'clerk')
  await admin.nav('records').click()
  await rec.tile('notices').click()
  await rec.newRecord()
  await rec.choose('kind', 'gongshi')
  await rec.fill('title', '2026年第四季度低保新增对象公示')
  await rec.fill('body', '经本人申请、入户调查和村民代表评议，拟新增以下对象享受最低生活保障。')
  await rec.fill('validFrom', '2026-11-25')
  await rec.fill('validTo', '2026-12-01')
  await rec.fill('objection', '如有异议，请在公示期内到村部二楼监委会办公室当面反映。')
  await rec.addRow('rows')
  await rec.fill('rows.0.maskedName', '张三明')
  await rec.fill('rows.0.group', '三组')
  await rec.fill('rows.0.reason', '身份证32092119800101123X')
  await rec.fill('rows.0.amountFen', '650')
  await expect(page.getByTestId('daxie-rows.0.amountFen')).toContainText('陆佰伍拾元整')
  await rec.addRow('rows')
  await rec.fill('rows.1.maskedName', '欧阳小明')
  await rec.fill('rows.1.group', '五组')
  await rec.fill('rows.1.reason', '独居老人，没有固定收入')
  await rec.fill('rows.1.amountFen', '580')

  // An ID-card number in the list is refused beside its field; nothing is stored.
  const before = (await kiosk.call('system.checkpoint', {})).seq
  await rec.save()
  await expect(rec.error('rows.0.reason')).toContainText('身份证号')
  await expect(rec.formErrors()).toBeVisible()
  expect((await kiosk.call('system.checkpoint', {})).seq).toBe(before)

  await rec.fill('rows.0.reason', '家中主要劳动力因病丧失劳动能力')
  await rec.save()
  await expect(rec.title()).toHaveText('2026年第四季度低保新增对象公示')
  await expect(rec.status('draft')).toBeVisible()
  const facts = page.getByTestId('record-facts')
  await expect(facts).toContainText('张*明')
  await expect(facts).toContainText('欧**明')
  await expect(facts).not.toContainText('张三明')
  const id = rec.currentId()
  await rec.action('submit').click()
  await expect(rec.actionMessage()).toContainText('已提交')
  await expect(rec.status('submitted')).toBeVisible()
  await expect(rec.action('submit')).toHaveCount(0)
  await logout(kiosk)

  // The 监委 sees it waiting on the home screen and sends it back with a comment.
  await loginAs(kiosk, 'supervisor')
  await rec.pendingItem('notices', id).click()
  await expect(rec.action('publish')).toBeVisible()
  await rec.sendBack('请在正文写明每人每月的保障金额')
  await expect(rec.status('returned')).toBeVisible()
  await logout(kiosk)

  // The clerk reads the comment, fixes the text and submits again.
  await loginAs(kiosk, 'clerk')
  await expect(rec.returnedItem(id)).toContainText('请在正文写明每人每月的保障金额')
  await rec.returnedItem(id).click()
  await expect(rec.returnComment()).toContainText('请在正文写明每人每月的保障金额')
  await rec.action('edit').click()
  await expect(rec.input('rows.0.maskedName')).toHaveValue('张*明')
  await rec.fill(
    'body',
    '经本人申请、入户调查和村民代表评议，拟新增以下对象，表中为每人每月保障金。',
  )
  await rec.save()
  await expect(rec.returnComment()).toBeVisible()
  await rec.action('submit').click()
  await expect(rec.status('submitted')).toBeVisible()
  await logout(kiosk)

  // The 监委 signs it; the record says who and when.
  const signer = await loginAs(kiosk, 'supervisor')
  await rec.pendingItem('notices', id).click()
  await rec.action('publish').click()
  await expect(rec.status('published')).toBeVisible()
  await expect(rec.publishedBy()).toContainText(signer)
  // save, submit, return, save, submit, publish: every step on record with its actor.
  await expect(rec.history()).toHaveCount(6)
  await logout(kiosk)

  // The public 公示公告 screen shows it, names masked, with how to object.
  await kiosk.open('/notices')
  const notices = new NoticesPage(page)
  await notices.ready()
  await expect(notices.titles().first()).toBeVisible()
  await notices.open(id)
  const detail = new NoticeDetailPage(page)
  await expect(detail.title()).toHaveText('2026年第四季度低保新增对象公示')
  await expect(detail.rows()).toHaveCount(2)
  await expect(detail.list()).toContainText('张*明')
  await expect(detail.objection()).toContainText('监委会办公室')
  await expect(page.locator('body')).not.toContainText('张三明')
  await expect(page.locator('body')).not.toContainText('欧阳小明')
  const home = await kiosk.call('home.summary', {})
  expect(home.notices.map((n) => n.id)).toContain(id)
})

test('a published project is corrected: 已更正 with the reason shows publicly, the earlier version stays', async ({
  kiosk,
}) => {
  const page = kiosk.page
  const rec = new RecordsAdminPage(page)
  await kiosk.open('/')
  const [project] = (await kiosk.call('projects.list', {})).items
  if (!project) throw new Error('the demo village has no published project')

  await loginAs(kiosk, 'clerk')
  await kiosk.open(`/admin/records/projects/${project.id}`)
  await expect(rec.status('published')).toBeVisible()
  await expect(rec.action('edit')).toHaveCount(0)
  await rec.action('correct').click()
  await expect(rec.input('name')).toHaveValue(project.name)
  await rec.save()
  await expect(rec.error('reason')).toContainText('更正原因')
  await page.getByTestId('input-reason').fill('完成进度录错，应为百分之九十')
  await rec.fill('percent', '90')
  await rec.save()
  await expect(rec.correctionBanner()).toContainText('完成进度录错')
  await expect(rec.status('draft')).toBeVisible()
  const correctionId = rec.currentId()
  expect(correctionId).not.toBe(project.id)
  await rec.action('submit').click()
  await expect(rec.status('submitted')).toBeVisible()
  await logout(kiosk)

  // Until it is signed the public still sees the original.
  expect((await kiosk.call('projects.get', { id: project.id })).percent).toBe(project.percent)

  await loginAs(kiosk, 'supervisor')
  await rec.pendingItem('projects', correctionId).click()
  await expect(page.getByTestId(`pending-projects-${correctionId}`)).toHaveCount(0)
  await rec.action('publish').click()
  await expect(rec.status('published')).toBeVisible()
  await page.getByTestId('see-earlier').click()
  await expect(page.getByTestId('superseded-banner')).toBeVisible()
  await logout(kiosk)

  await kiosk.open(`/projects/${correctionId}`)
  const detail = new ProjectDetailPage(page)
  await detail.ready()
  await expect(page.getByTestId('revision-corrected')).toContainText('完成进度录错，应为百分之九十')
  // 已更正 with the date the 监委 signed it and what the earlier version said, as core returns it.
  const fixed = await kiosk.call('projects.get', { id: correctionId })
  expect(fixed.revision.correction?.earlier).toEqual([
    { field: 'percent', value: { type: 'percent', percent: project.percent } },
  ])
  const note = page.getByTestId('revision-corrected')
  await expect(note).toContainText('已更正')
  await expect(note).toContainText(signedOn(fixed.revision.correction?.at ?? ''))
  await expect(note.getByTestId('fact-percent')).toHaveText(
    new RegExp(`完成进度\\s*百分之${project.percent}$`),
  )
  const listed = (await kiosk.call('projects.list', {})).items
  expect(listed.map((p) => p.id)).toContain(correctionId)
  expect(listed.map((p) => p.id)).not.toContain(project.id)
  expect((await kiosk.call('projects.get', { id: correctionId })).percent).toBe(90)
  const earlier = await kiosk.call('projects.get', { id: project.id })
  expect(earlier.revision.replacedBy).toBe(correctionId)
  expect(earlier.percent).toBe(project.percent)

  // The earlier version stays readable publicly, marked as replaced.
  await kiosk.open(`/projects/${project.id}`)
  await detail.ready()
  await expect(page.getByTestId('revision-replaced')).toBeVisible()
})
