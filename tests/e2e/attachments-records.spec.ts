/**
 * The picker on the record forms: a clerk adds a site photo to a milestone (dated by it) and a
 * scanned signature sheet to a 四议两公开 step; both are saved on the draft and shown on it.
 */
import { expect, test } from './fixtures'
import { FILES, PickerPart } from './pages/attachments'
import { RecordsAdminPage } from './pages/records-admin'
import { loginUi } from './support/ledger-admin'

test('a clerk adds a milestone photo and a signature sheet on the record forms', async ({
  kiosk,
}) => {
  const core = kiosk.host.core
  test.skip(!core, 'reads the saved drafts from the core (bridge host)')
  const { page } = kiosk
  const rec = new RecordsAdminPage(page)
  await loginUi(kiosk, 'clerk')

  await kiosk.open('/admin/records/projects/new')
  await rec.fill('name', '三组道路硬化工程')
  await rec.fill('budgetFen', '800000')
  await rec.addRow('milestones')
  await rec.fill('milestones.0.date', '2026-11-20')
  await rec.fill('milestones.0.title', '路基完成')
  const photos = new PickerPart(page, 'milestone-photos-0')
  await expect(photos.root()).toContainText('现场照片（2026年11月20日）')
  await photos.pick(FILES.photo())
  await expect(photos.items()).toHaveCount(1)
  await rec.save()
  await expect(rec.title()).toHaveText('三组道路硬化工程')
  const project = core!.store.get('projects', rec.currentId())
  expect(project?.milestones[0]?.photos).toHaveLength(1)

  await kiosk.open('/admin/records/matters/new')
  await rec.fill('title', '修建三组道路')
  await page.getByTestId('add-step').click()
  const sheets = new PickerPart(page, 'step-signatures-0')
  await sheets.pick(FILES.pdf())
  await expect(sheets.items()).toHaveCount(1)
  await expect(sheets.items().first()).toContainText('PDF')
  await rec.save()
  await expect(rec.title()).toHaveText('修建三组道路')
  const matter = core!.store.get('matters', rec.currentId())
  expect(matter?.steps[0]?.signatures[0]).toMatch(/^[a-f0-9]{64}\.pdf$/)
})
