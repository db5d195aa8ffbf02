/**
 * 已更正 on the public detail pages of 公示公告, 专项公开, 四议两公开 and 会议: once a correction
 * is signed, the page shows 已更正, the date, the reason and what the earlier version said,
 * exactly as core reports it. And a 专项公开 linked to a project through the form's picker
 * shows that project on its public page.
 */
import type { Revision } from '../../contract'
import { expect, test, type Kiosk } from './fixtures'
import { AdminPage } from './pages/admin'
import { RecordsAdminPage } from './pages/records-admin'
import {
  correctedGongshi,
  correctedMatter,
  correctedMeeting,
  correctedNotice,
  correctedSpecial,
  signedOn,
} from './support/detail-fixes'
import { loginAs, logout, REGISTER_CASES } from './support/registers'

const CASES: Array<{
  what: string
  fix: (k: Kiosk) => Promise<string>
  route: (id: string) => string
  revision: (k: Kiosk, id: string) => Promise<Revision>
}> = [
  {
    what: 'notice',
    fix: correctedNotice,
    route: (id) => `/notices/${id}`,
    revision: async (k, id) => (await k.call('notices.get', { id })).revision,
  },
  {
    what: 'special',
    fix: correctedSpecial,
    route: (id) => `/finance/specials/${id}`,
    revision: async (k, id) => (await k.call('finance.special', { id })).revision,
  },
  {
    what: 'matter',
    fix: correctedMatter,
    route: (id) => `/matters/${id}`,
    revision: async (k, id) => (await k.call('matters.get', { id })).revision,
  },
  {
    what: 'meeting',
    fix: correctedMeeting,
    route: (id) => `/meetings/${id}`,
    revision: async (k, id) => (await k.call('meetings.get', { id })).revision,
  },
]

for (const c of CASES) {
  test(`a corrected ${c.what}: 已更正, the date, the reason and the earlier version on its page`, async ({
    kiosk,
  }) => {
    await kiosk.open('/')
    const id = await c.fix(kiosk)
    expect(id, `the demo village has a published ${c.what} to correct`).not.toBe('')
    const fix = (await c.revision(kiosk, id)).correction
    expect(fix?.earlier.length).toBeGreaterThan(0)

    await kiosk.open(c.route(id))
    const note = kiosk.page.getByTestId('revision-corrected')
    await expect(note).toContainText('已更正')
    await expect(note).toContainText(signedOn(fix?.at ?? ''))
    await expect(note.getByTestId('row-corrected-reason')).toHaveText(`更正原因：${fix?.reason}`)
    // One line for each fact core says the earlier version had differently.
    await expect(note.locator('[data-testid^=fact-]')).toHaveCount(fix?.earlier.length ?? -1)
    for (const f of fix?.earlier ?? []) {
      await expect(note.getByTestId(`fact-${f.field}`)).toBeVisible()
      if (f.value.type === 'text' && f.value.text)
        await expect(note.getByTestId(`fact-${f.field}`)).toContainText(
          f.value.text.split('\n')[0]!,
        )
    }
    // The QR code and read-aloud say it too: this version corrected another, and why.
    const qr = kiosk.page.getByTestId('facts-qr')
    await expect(qr).toHaveAttribute('data-text', new RegExp(`已更正：${fix?.reason}`))
    // The earlier version's code says first that it was replaced.
    await kiosk.open(c.route(fix?.earlierId ?? ''))
    await expect(kiosk.page.getByTestId('revision-replaced')).toBeVisible()
    await expect(qr).toHaveAttribute('data-text', /^注意：这是旧版本，后来已被更正/)
  })
}

test('a 公示 with one person swapped names who went and who came, though count and total stayed', async ({
  kiosk,
}) => {
  await kiosk.open('/')
  const id = await correctedGongshi(kiosk)
  expect(id, 'the demo village has a published 公示 with a list').not.toBe('')
  const fix = (await kiosk.call('notices.get', { id })).revision.correction
  const rows = fix?.earlier.find((f) => f.field === 'rows')?.value
  const gone = rows?.type === 'rows' ? rows.gone?.[0] : undefined
  expect(gone?.name).toBeTruthy()
  await kiosk.open(`/notices/${id}`)
  const fact = kiosk.page.getByTestId('revision-corrected').getByTestId('fact-rows')
  await expect(fact).toContainText(`更正前有、现在没有或已改动的：${gone!.name}`)
  await expect(fact).toContainText('现在新加或改动后的：赵*明')
  await fact.scrollIntoViewIfNeeded()
  await kiosk.page.screenshot({ path: 'artifacts/gongshi-corrected-rows.png' })
})

test('a 专项公开 linked to a project with the picker shows that project on its public page', async ({
  kiosk,
}) => {
  const page = kiosk.page
  const rec = new RecordsAdminPage(page)
  await kiosk.open('/')
  const [project] = (await kiosk.call('projects.list', {})).items
  if (!project) throw new Error('the demo village has no published project')
  const special = REGISTER_CASES.find((x) => x.kind === 'specials')!

  await loginAs(kiosk, 'clerk')
  await new AdminPage(page).nav('registers').click()
  await rec.tile('specials').click()
  await rec.newRecord()
  await special.fill(rec)
  await rec.choose('projectId', project.id)
  await expect(page.getByTestId(`choice-projectId-${project.id}`)).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await rec.save()
  await expect(rec.status('draft')).toBeVisible()
  const id = rec.currentId()
  expect((await kiosk.call('specials.drafts', {})).find((s) => s.id === id)?.projectId).toBe(
    project.id,
  )
  await rec.action('submit').click()
  await expect(rec.status('submitted')).toBeVisible()
  await logout(kiosk)

  await loginAs(kiosk, 'supervisor')
  await rec.pendingItem('specials', id).click()
  await rec.action('publish').click()
  await expect(rec.status('published')).toBeVisible()
  await logout(kiosk)

  expect((await kiosk.call('finance.special', { id })).project).toEqual({
    id: project.id,
    name: project.name,
  })
  await kiosk.open(`/finance/specials/${id}`)
  await expect(page.getByTestId('special-project')).toHaveText(project.name)
  await page.getByTestId('special-project').click()
  await expect(page).toHaveURL(new RegExp(`/projects/${project.id}$`))
})
