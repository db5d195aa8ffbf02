import type { Input } from '../../../contract'
import type { Kiosk } from '../fixtures'
import { ledgerReturnShots } from './ledger-return'
import { as, shot } from './records'
import type { Shot } from './types'

const DEBT: Input<'debts.save'> = {
  counterparty: '东台市宏达建材有限公司',
  kind: '应付',
  amountFen: 860_000,
  date: '2026-10-15',
  due: '2026-12-31',
  settlement: '部分结清',
  settledFen: 300_000,
  cause: '村部围墙维修材料款',
}

/** A debt the clerk submitted, waiting for the 监委. */
async function submittedDebt(kiosk: Kiosk): Promise<string> {
  await as(kiosk, 'clerk')
  const d = await kiosk.call('debts.save', DEBT)
  await kiosk.call('debts.submit', { id: d.id })
  return d.id
}

/** The same debt sent back with a comment, as the clerk then sees it. */
async function returnedDebt(kiosk: Kiosk): Promise<string> {
  const id = await submittedDebt(kiosk)
  await as(kiosk, 'supervisor')
  await kiosk.call('debts.return', { id, comment: '到期日请按合同写，已付的3000元请附收据' })
  return id
}

const firstAsset = async (k: Kiosk) => (await k.call('finance.assets', {})).items[0]?.id ?? ''
const firstDistribution = async (k: Kiosk) =>
  (await k.call('finance.distributions', {}))[0]?.id ?? ''

/** The 财务登记 screens: area home, list, each form (one with errors), review; then the ledger's. */
export const registerShots: Shot[] = [
  shot(
    'registers-home-clerk',
    'clerk',
    () => '/admin/registers',
    '[data-testid=records-tile-specials]',
    returnedDebt,
  ),
  shot(
    'registers-home-supervisor',
    'supervisor',
    () => '/admin',
    '[data-testid^=pending-debts]',
    submittedDebt,
  ),
  shot(
    'registers-list-assets',
    'clerk',
    () => '/admin/registers/assets',
    '[data-testid=record-row]',
  ),
  shot(
    'registers-budget-form-errors',
    'clerk',
    () => '/admin/registers/budget/new',
    '[data-testid=error-plannedFen]',
    undefined,
    async (k) => {
      await k.page.getByTestId('choice-category-other').click()
      await k.page.getByTestId('input-plannedFen').fill('三万五')
      await k.page.getByTestId('form-save').click()
    },
  ),
  shot(
    'registers-asset-correct',
    'clerk',
    (id) => `/admin/registers/assets/${id}/correct`,
    '[data-testid=input-reason]',
    firstAsset,
  ),
  shot(
    'registers-debt-form',
    'clerk',
    () => '/admin/registers/debts/new',
    '[data-testid=record-form-debts]',
  ),
  shot(
    'registers-debt-returned',
    'clerk',
    (id) => `/admin/registers/debts/${id}`,
    '[data-testid=return-comment]',
    returnedDebt,
  ),
  shot(
    'registers-debt-review',
    'supervisor',
    (id) => `/admin/registers/debts/${id}`,
    '[data-testid=action-publish]',
    submittedDebt,
    async (k) => {
      await k.page.getByTestId('action-return').click()
    },
  ),
  shot(
    'registers-distribution-form',
    'clerk',
    (id) => `/admin/registers/distributions/${id}/correct`,
    '[data-testid=list-items]',
    firstDistribution,
  ),
  shot(
    'registers-distribution-detail',
    'clerk',
    (id) => `/admin/registers/distributions/${id}`,
    '[data-testid=record-facts]',
    firstDistribution,
  ),
  shot(
    'registers-special-form',
    'clerk',
    () => '/admin/registers/specials/new',
    '[data-testid=record-form-specials]',
    undefined,
    async (k) => {
      await k.page.getByTestId('choice-kind-征地补偿').click()
      await k.page.getByTestId('add-rows').click()
      await k.page.getByTestId('input-rows.0.label').fill('王建华')
      await k.page.getByTestId('input-rows.0.amountFen').fill('12345')
    },
  ),
  shot(
    'registers-special-links',
    'clerk',
    () => '/admin/registers/specials/new',
    '[data-testid=choice-projectId-]',
    undefined,
    async (k) => {
      const [project] = (await k.call('projects.list', {})).items
      const pick = k.page.getByTestId(`choice-projectId-${project?.id ?? ''}`)
      await pick.click()
      await pick.scrollIntoViewIfNeeded()
    },
  ),
  ...ledgerReturnShots,
]
