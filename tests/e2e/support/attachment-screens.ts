/**
 * Public screens with the demo's photos and scans, and the viewer open on a photo and on a
 * PDF: listed with the other public screens, so axe, the touch rules and the shots cover them.
 */
import type { Kiosk } from '../fixtures'
import type { PublicScreen } from './public-screens'

/** The latest published line with a photo and a PDF (the demo's largest expense). */
async function entryWithFiles(kiosk: Kiosk): Promise<string> {
  for (const p of await kiosk.call('ledger.periods', {})) {
    const sheet = await kiosk.call('ledger.sheet', { period: p.key })
    const e = sheet.entries.find((x) => x.attachments.some((n) => n.endsWith('.pdf')))
    if (e) return `/finance/entry/${e.id}`
  }
  throw new Error('demo: no published entry with attachments')
}

async function projectWithPhotos(kiosk: Kiosk): Promise<string> {
  for (const card of (await kiosk.call('projects.list', {})).items) {
    const p = await kiosk.call('projects.get', { id: card.id })
    if (p.milestones.some((m) => m.photos.length)) return `/projects/${p.id}`
  }
  throw new Error('demo: no project with milestone photos')
}

async function matterWithSheets(kiosk: Kiosk): Promise<string> {
  for (const card of (await kiosk.call('matters.list', {})).items) {
    const m = await kiosk.call('matters.get', { id: card.id })
    if (m.steps.some((s) => s.signatures.length)) return `/matters/${m.id}`
  }
  throw new Error('demo: no matter with signature sheets')
}

/** Taps a file; a viewer left open by the previous screen (same route) is closed first. */
const tap = (selector: string) => async (k: Kiosk) => {
  const close = k.page.getByTestId('viewer-close')
  if (await close.count()) await close.click()
  await k.page.locator(selector).first().click()
}
/** Brings the first strip of files into view, so the picture shows them. */
const show = (testid: string) => async (k: Kiosk) => {
  await k.page.getByTestId(testid).first().scrollIntoViewIfNeeded()
}

export const ATTACHMENT_SCREENS: PublicScreen[] = [
  {
    name: 'entry-photos',
    route: entryWithFiles,
    after: show('entry-photos'),
    ready: '[data-testid=entry-photos] img',
  },
  {
    name: 'viewer-photo',
    route: entryWithFiles,
    after: tap('[data-testid=entry-photos-open]'),
    ready: '[data-testid=viewer-image]',
  },
  {
    name: 'viewer-pdf',
    route: entryWithFiles,
    after: tap('[data-testid=entry-photos-open]:has([data-kind=pdf])'),
    ready: '[data-testid=viewer-pdf][data-state=shown]',
  },
  {
    name: 'project-photos',
    route: projectWithPhotos,
    after: show('milestone-photos'),
    ready: '[data-testid=milestone-photos] img',
  },
  {
    name: 'matter-signatures',
    route: matterWithSheets,
    after: show('step-signatures'),
    ready: '[data-testid=step-signatures] img',
  },
]
