/** A file picked on the real entry form, then the line published, for PDF specs and shots. */
import { createHash } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { AttachmentRecord } from '../../../contract'
import { expect } from '../fixtures'
import type { Kiosk } from '../fixtures'
import { PickerPart, type FileToPick } from '../pages/attachments'
import { loginUi, OCTOBER, OCTOBER_LINES, seedOctober, voucherOf } from './ledger-admin'

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

/**
 * A file already in the data folder, as an older version stored it before core read a PDF's
 * text (or a backup brought it back), with its first page's preview when `thumb` is given,
 * named by October's second line and published; returns the line's id. It is never picked:
 * core would refuse a PDF it cannot open. Bridge host only.
 */
export async function publishWithStoredFile(
  kiosk: Kiosk,
  file: FileToPick,
  { thumb }: { thumb?: Buffer } = {},
): Promise<string> {
  const core = kiosk.host.core!
  const sha256 = createHash('sha256').update(file.buffer).digest('hex')
  const name = `${sha256}.pdf`
  await mkdir(join(kiosk.host.dataDir, 'attachments'), { recursive: true })
  await writeFile(join(kiosk.host.dataDir, 'attachments', name), file.buffer)
  if (thumb) {
    await mkdir(join(kiosk.host.dataDir, 'attachments', 'thumbs'), { recursive: true })
    await writeFile(join(kiosk.host.dataDir, 'attachments', 'thumbs', `${sha256}.jpg`), thumb)
  }
  const preview = thumb
    ? { thumb: true, thumbSha256: createHash('sha256').update(thumb).digest('hex') }
    : { thumb: false }
  const addedBy = { id: 'u-older', name: '旧版本' }
  const record: AttachmentRecord = {
    ...{ name, sha256, ext: 'pdf', mime: 'application/pdf', bytes: file.buffer.length },
    ...{ fileName: file.name, ...preview, addedAt: '2026-10-12T02:00:00.000Z', addedBy },
  }
  const puts = [{ coll: 'attachments' as const, id: name, value: record }]
  await core.store.commit({
    actor: addedBy,
    action: 'attachments.add',
    entity: 'attachments',
    id: name,
    puts,
  })
  const { ids } = await seedOctober(kiosk, 'draft')
  await loginUi(kiosk, 'clerk')
  const line = { ...OCTOBER_LINES[1]!, voucherNo: voucherOf(2), period: OCTOBER }
  await kiosk.call('ledger.saveEntry', { ...line, id: ids[1]!, attachments: [name] })
  await kiosk.call('ledger.submit', { period: OCTOBER })
  await kiosk.call('auth.logout', {})
  await loginUi(kiosk, 'supervisor')
  await kiosk.call('ledger.publish', { period: OCTOBER })
  await kiosk.call('auth.logout', {})
  return ids[1]!
}
