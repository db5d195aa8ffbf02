import type { Kiosk } from '../fixtures'
import { FILES, PickerPart } from '../pages/attachments'
import { loginUi, OCTOBER, seedOctober } from '../support/ledger-admin'
import { publishWithStoredFile } from '../support/publish-file'
import type { Shot } from './types'

/** A clerk editing an October line, having picked a photo and a PDF (and, if asked, a bad file). */
function picked(withBadFile: boolean) {
  return async (kiosk: Kiosk) => {
    const { ids } = await seedOctober(kiosk, 'draft')
    await loginUi(kiosk, 'clerk')
    await kiosk.open(`/admin/ledger/${OCTOBER}/entry/${ids[1]}/edit`)
    const picker = new PickerPart(kiosk.page, 'entry-attachments')
    await picker.pick([FILES.photo(), FILES.pdf()])
    await picker.items().nth(1).waitFor()
    if (withBadFile) await picker.pick(FILES.textAsJpg())
    await picker.root().scrollIntoViewIfNeeded()
  }
}

/** A published line whose PDF (stored by an older version) is only a header over garbage, opened. */
async function brokenPdfOpen(kiosk: Kiosk): Promise<void> {
  const id = await publishWithStoredFile(kiosk, FILES.brokenPdf())
  await kiosk.open(`/finance/entry/${id}`)
  await kiosk.page.getByTestId('entry-photos-open').click()
}

/**
 * The attachment picker on the entry form and the viewer on a broken PDF, for `npm run shots`
 * (the other public ones are screens, see support/attachment-screens.ts).
 */
export const attachmentShots: Shot[] = [
  {
    name: 'admin-picker-thumbs',
    public: false,
    ready: '[data-testid=entry-attachments-item] img',
    prepare: picked(false),
  },
  {
    name: 'admin-picker-error',
    public: false,
    ready: '[data-testid=entry-attachments-error]',
    prepare: picked(true),
  },
  {
    name: 'viewer-pdf-broken',
    public: false,
    ready: '[data-testid=viewer-pdf-broken]',
    prepare: brokenPdfOpen,
  },
]
