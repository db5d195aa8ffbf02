/** The collections of the public sections, added to the store by module augmentation. */
import type {
  Asset,
  BudgetLine,
  Debt,
  Distribution,
  Duty,
  Meeting,
  Special,
} from '../../../../contract'

declare module '../../store/types' {
  interface Collections {
    budget: BudgetLine
    assets: Asset
    debts: Debt
    distributions: Distribution
    specials: Special
    meetings: Meeting
    duties: Duty
  }
}

/** The section collections, for freshness and the demo loader. */
export const SECTION_COLLECTIONS = [
  'budget',
  'assets',
  'debts',
  'distributions',
  'specials',
  'meetings',
  'duties',
] as const
