import type { Kiosk } from '../fixtures'
import { LedgerAdminPage } from '../pages/ledger-admin'
import {
  loginUi,
  OCTOBER,
  seedOctober,
  voucherOf,
  type Role,
  type Stage,
} from '../support/ledger-admin'
import type { Shot } from './types'

/** Brings October to a stage, logs in as `role` and opens `route` (a function of the ids). */
function at(
  stage: Stage,
  role: Role | null,
  route: (ids: { ids: string[]; correctionId?: string }) => string,
  after?: (kiosk: Kiosk) => Promise<void>,
) {
  return async (kiosk: Kiosk) => {
    const seeded = await seedOctober(kiosk, stage)
    if (role) await loginUi(kiosk, role)
    await kiosk.open(route(seeded))
    await after?.(kiosk)
  }
}

const P = `/admin/ledger/${OCTOBER}`

/** The cadres' 账目 screens and the public 已更正 view, for `npm run shots`. */
export const ledgerAdminShots: Shot[] = [
  {
    name: 'admin-ledger-home',
    public: false,
    ready: '[data-testid=ledger-sheets]',
    prepare: at('returned', 'clerk', () => '/admin/ledger'),
  },
  {
    name: 'admin-ledger-period',
    public: false,
    ready: '[data-testid=admin-entries]',
    prepare: at('draft', 'clerk', () => P),
  },
  {
    name: 'admin-ledger-form',
    public: false,
    ready: '[data-testid=entry-form]',
    prepare: at(
      'draft',
      'clerk',
      () => `${P}/new`,
      async (kiosk) => {
        const ledger = new LedgerAdminPage(kiosk.page)
        await ledger.fill({
          date: '2026-10-28',
          summary: '村部电费',
          category: 'expense',
          item: '管理费用',
          amount: '2,345.6',
        })
      },
    ),
  },
  {
    name: 'admin-ledger-form-errors',
    public: false,
    ready: '[data-testid=error-date]',
    prepare: at(
      'draft',
      'clerk',
      () => `${P}/new`,
      async (kiosk) => {
        const ledger = new LedgerAdminPage(kiosk.page)
        await ledger.fill({ voucherNo: voucherOf(1), amount: '12.345' })
        await ledger.save()
      },
    ),
  },
  {
    name: 'admin-ledger-returned',
    public: false,
    ready: '[data-testid=return-comment]',
    prepare: at('returned', 'clerk', () => P),
  },
  {
    name: 'admin-ledger-review',
    public: false,
    ready: '[data-testid=review-panel]',
    prepare: at('submitted', 'supervisor', () => P),
  },
  {
    name: 'admin-ledger-attention',
    public: false,
    ready: '[data-testid=pending-sign]',
    prepare: at('submitted', 'supervisor', () => '/admin'),
  },
  {
    name: 'admin-ledger-entry',
    public: false,
    ready: '[data-testid=history-item]',
    prepare: at('corrected', 'clerk', ({ ids }) => `${P}/entry/${ids[3]}`),
  },
  {
    name: 'admin-ledger-correct',
    public: false,
    ready: '[data-testid=entry-form]',
    prepare: at(
      'published',
      'clerk',
      ({ ids }) => `${P}/entry/${ids[3]}/correct`,
      async (k) => {
        await new LedgerAdminPage(k.page).fill({ amount: '18000', reason: '报酬按新标准核定' })
      },
    ),
  },
  {
    name: 'admin-ledger-corrections',
    public: false,
    ready: '[data-testid=correction-item]',
    prepare: at('correcting', 'supervisor', () => '/admin/ledger/corrections'),
  },
  {
    name: 'finance-entry-corrected',
    public: true,
    ready: '[data-testid=entry-corrected]',
    prepare: at('corrected', null, ({ correctionId }) => `/finance/entry/${correctionId}`),
  },
  {
    name: 'finance-sheet-corrected',
    public: true,
    ready: '[data-testid=entry-row-corrected]',
    prepare: at('corrected', null, () => `/finance/${OCTOBER}`),
  },
]
