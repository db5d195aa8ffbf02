/**
 * What a correction keeps from the published record it replaces: the fields that say what the
 * record is (its year, kind, register), never its figures. Moved, a record would leave its
 * earlier place with no line and no 已更正 (a loan turned 应收 drops out of the 借入 total; a
 * 征地补偿 list turned 一事一议 would show recipients' names in full; a 公示 turned 通知 would end
 * before villagers could object). Shared by core, which refuses a changed one, and the
 * correction forms, which show these fields read-only.
 */
import type { Asset } from './schemas/assets'
import type { BudgetLine } from './schemas/budget'
import type { Debt } from './schemas/debts'
import type { Distribution } from './schemas/distributions'
import type { Notice } from './schemas/notices'
import type { WorkflowKind } from './schemas/records-admin'
import type { Special } from './schemas/specials'

export const YEAR_KEPT = '更正不能改变计划所属的年度'
export const KIND_KEPT = '更正不能改变这条记录的类别'
export const GONGSHI_KEPT = '公示更正以后仍然是公示，不能改成别的类别'

/** Field → the message core gives when a correction changed it. */
export type KeptFields<R> = Partial<Record<keyof R & string, string>>

/** Per record type, the fields every correction keeps. */
export const KEPT_ON_CORRECTION = {
  budget: { year: YEAR_KEPT, direction: KIND_KEPT, category: KIND_KEPT },
  assets: { type: KIND_KEPT },
  debts: { kind: KIND_KEPT },
  distributions: { year: YEAR_KEPT },
  specials: { kind: KIND_KEPT },
} as const satisfies {
  budget: KeptFields<BudgetLine>
  assets: KeptFields<Asset>
  debts: KeptFields<Debt>
  distributions: KeptFields<Distribution>
  specials: KeptFields<Special>
}
const KEPT_BY_KIND: Partial<Record<WorkflowKind, Readonly<Record<string, string>>>> =
  KEPT_ON_CORRECTION

/**
 * The fields a correction of `original` keeps, with core's message for each. A 公示 stays a
 * 公示 (its 7 days and its objection channel go with it); a 通知 or 政策 may become a 公示.
 */
export function keptOnCorrection(
  kind: WorkflowKind,
  original: object,
): Readonly<Record<string, string>> {
  const always = KEPT_BY_KIND[kind] ?? {}
  if (kind === 'notices' && (original as Partial<Notice>).kind === 'gongshi') {
    return { ...always, kind: GONGSHI_KEPT }
  }
  return always
}

/** The kept fields a correction changed from `original`, each with its message; {} when none. */
export function changedKept(
  kind: WorkflowKind,
  correction: object,
  original: object,
): Record<string, string> {
  const out: Record<string, string> = {}
  const now = correction as Record<string, unknown>
  const was = original as Record<string, unknown>
  for (const [field, message] of Object.entries(keptOnCorrection(kind, original))) {
    if (now[field] !== was[field]) out[field] = message
  }
  return out
}
