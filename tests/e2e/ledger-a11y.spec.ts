/**
 * The 账目 screens are held to the kiosk's touch rules too: zero axe violations, every target
 * at least 64×64 px, all text at least 24 px, for the clerk's form and the 监委's review, and
 * for the public 已更正 entry.
 */
import { test } from './fixtures'
import { LedgerAdminPage } from './pages/ledger-admin'
import { loginUi, OCTOBER, seedOctober, type Role, type Stage } from './support/ledger-admin'
import { expectTouchReady } from './support/touch'

const P = `/admin/ledger/${OCTOBER}`
const SCREENS: Array<{
  name: string
  stage: Stage
  role: Role | null
  route: (s: { ids: string[]; correctionId?: string }) => string
  ready: string
}> = [
  {
    name: 'ledger home',
    stage: 'returned',
    role: 'clerk',
    route: () => '/admin/ledger',
    ready: 'ledger-sheets',
  },
  {
    name: 'returned period',
    stage: 'returned',
    role: 'clerk',
    route: () => P,
    ready: 'return-comment',
  },
  {
    name: 'entry form',
    stage: 'draft',
    role: 'clerk',
    route: () => `${P}/new`,
    ready: 'entry-form',
  },
  { name: 'review', stage: 'submitted', role: 'supervisor', route: () => P, ready: 'review-panel' },
  {
    name: 'entry with history',
    stage: 'corrected',
    role: 'clerk',
    route: ({ ids }) => `${P}/entry/${ids[3]}`,
    ready: 'history-item',
  },
  {
    name: 'corrections queue',
    stage: 'correcting',
    role: 'supervisor',
    route: () => '/admin/ledger/corrections',
    ready: 'correction-item',
  },
  {
    name: 'public corrected entry',
    stage: 'corrected',
    role: null,
    route: ({ correctionId }) => `/finance/entry/${correctionId}`,
    ready: 'entry-corrected',
  },
]

for (const orientation of ['landscape', 'portrait'] as const) {
  test.describe(orientation, () => {
    test.use({ orientation })
    for (const s of SCREENS) {
      test(`${s.name} is accessible and touch-ready`, async ({ kiosk }) => {
        test.setTimeout(90_000)
        const seeded = await seedOctober(kiosk, s.stage)
        if (s.role) await loginUi(kiosk, s.role)
        await kiosk.open(s.route(seeded))
        await kiosk.page.getByTestId(s.ready).first().waitFor()
        if (s.name === 'entry form') {
          // With its errors showing, as a clerk sees it after a hasty 保存.
          await new LedgerAdminPage(kiosk.page).save()
          await kiosk.page.getByTestId('error-date').waitFor()
        }
        await expectTouchReady(kiosk.page, `${s.name} (${orientation})`)
      })
    }
  })
}
