/**
 * 财务登记 end to end, once per register: a clerk fills the form (a bad input first: the Chinese
 * error shows beside its field and nothing is saved), submits; a 监委 member sends it back with
 * a comment; the clerk reads it, fixes and resubmits; the 监委 signs; the public 财务公开 page
 * shows the record as core reports it.
 */
import { expect, test } from './fixtures'
import { AdminPage } from './pages/admin'
import { RecordsAdminPage } from './pages/records-admin'
import { loginAs, logout, REGISTER_CASES } from './support/registers'

for (const c of REGISTER_CASES) {
  test(`${c.kind}: clerk → 监委 return with a comment → fix → signed → on the kiosk`, async ({
    kiosk,
  }) => {
    const page = kiosk.page
    const rec = new RecordsAdminPage(page)
    const comment = '请再核对一下数字，和原始凭证对得上再提交'

    await loginAs(kiosk, 'clerk')
    await new AdminPage(page).nav('registers').click()
    await rec.tile(c.kind).click()
    await rec.newRecord()
    await c.fill(rec)

    // A bad input: the error is in Chinese next to its field; the journal does not move.
    await c.bad.set(rec)
    const before = (await kiosk.call('system.checkpoint', {})).seq
    await rec.save()
    await expect(rec.error(c.bad.field)).toContainText(c.bad.error)
    await expect(rec.formErrors()).toBeVisible()
    expect((await kiosk.call('system.checkpoint', {})).seq).toBe(before)

    await c.unbad(rec)
    await rec.save()
    await expect(rec.title()).toHaveText(c.title)
    await expect(rec.status('draft')).toBeVisible()
    const id = rec.currentId()
    await rec.action('submit').click()
    await expect(rec.status('submitted')).toBeVisible()
    await logout(kiosk)

    // The 监委 finds it on the home screen's 等待审核 list and returns it with a comment.
    await loginAs(kiosk, 'supervisor')
    await rec.pendingItem(c.kind, id).click()
    await rec.sendBack(comment)
    await expect(rec.status('returned')).toBeVisible()
    await logout(kiosk)

    // The clerk sees the comment on the home screen and on the record, fixes and resubmits.
    await loginAs(kiosk, 'clerk')
    await expect(rec.returnedItem(id)).toContainText(comment)
    await rec.returnedItem(id).click()
    await expect(rec.returnComment()).toContainText(comment)
    await rec.action('edit').click()
    await c.fix(rec)
    await rec.save()
    await rec.action('submit').click()
    await expect(rec.status('submitted')).toBeVisible()
    expect((await kiosk.call(`${c.kind}.drafts`, {})).find((r) => r.id === id)?.status).toBe(
      'submitted',
    )
    await logout(kiosk)

    // Not public before the signature.
    expect(await c.publicIds(kiosk)).not.toContain(id)
    const signer = await loginAs(kiosk, 'supervisor')
    await rec.pendingItem(c.kind, id).click()
    await rec.action('publish').click()
    await expect(rec.status('published')).toBeVisible()
    await expect(rec.publishedBy()).toContainText(signer)
    await logout(kiosk)

    expect(await c.publicIds(kiosk)).toContain(id)
    await c.showsPublicly(kiosk, id)
  })
}
