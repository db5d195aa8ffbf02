/** A file picked on the real entry form, then the line published, for PDF specs and shots. */
import { expect } from '../fixtures'
import type { Kiosk } from '../fixtures'
import { PickerPart, type FileToPick } from '../pages/attachments'
import { loginUi, OCTOBER, seedOctober } from './ledger-admin'

/** A clerk picks `file` for October's second line; the 监委 publishes; returns the line's id. */
export async function publishWithFile(kiosk: Kiosk, file: FileToPick): Promise<string> {
  const { ids } = await seedOctober(kiosk, 'draft')
  await loginUi(kiosk, 'clerk')
  await kiosk.open(`/admin/ledger/${OCTOBER}/entry/${ids[1]}/edit`)
  const picker = new PickerPart(kiosk.page, 'entry-attachments')
  await picker.pick(file)
  await expect(picker.items()).toHaveCount(1)
  await kiosk.page.getByTestId('entry-save').click()
  await kiosk.page.getByTestId('ledger-entry').waitFor()
  await kiosk.call('ledger.submit', { period: OCTOBER })
  await kiosk.call('auth.logout', {})
  await loginUi(kiosk, 'supervisor')
  await kiosk.call('ledger.publish', { period: OCTOBER })
  await kiosk.call('auth.logout', {})
  return ids[1]!
}
