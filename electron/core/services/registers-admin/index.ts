/** The finance registers' workflow handlers, bound in core.ts with one spread. */
import type { RegistersAdminMethod } from '../../../../contract/api/registers-admin'
import type { HandlerGroup } from '../../api/handlers'
import { workflowHandlers } from '../records/workflow'
import { assetSpec, budgetSpec, debtSpec, distributionSpec, specialSpec } from './specs'

/** budget.*, assets.*, debts.*, distributions.*, specials.*: save, submit, return, publish, correct, drafts. */
export const registersAdminHandlers: HandlerGroup<RegistersAdminMethod> = {
  ...workflowHandlers(budgetSpec),
  ...workflowHandlers(assetSpec),
  ...workflowHandlers(debtSpec),
  ...workflowHandlers(distributionSpec),
  ...workflowHandlers(specialSpec),
}
