/**
 * The finance registers cadres keep beside the ledger (财务计划, 资产资源合同, 债权债务, 收益分配,
 * 专项公开):
 * each record goes 录入 → 监委审核 → 公开 one by one, like projects and notices.
 */
import { AssetInput, type Asset } from '../schemas/assets'
import { BudgetLineInput, type BudgetLine } from '../schemas/budget'
import { DebtInput, type Debt } from '../schemas/debts'
import { DistributionInput, type Distribution } from '../schemas/distributions'
import { SpecialInput, type Special } from '../schemas/specials'
import { workflowMethods } from './workflow'

export const registersAdminApi = {
  ...workflowMethods('budget', BudgetLineInput).returns<BudgetLine>(),
  ...workflowMethods('assets', AssetInput).returns<Asset>(),
  ...workflowMethods('debts', DebtInput).returns<Debt>(),
  ...workflowMethods('distributions', DistributionInput).returns<Distribution>(),
  ...workflowMethods('specials', SpecialInput).returns<Special>(),
} as const

/** Every method of this area, so core can prove it handles each one. */
export type RegistersAdminMethod = keyof typeof registersAdminApi
