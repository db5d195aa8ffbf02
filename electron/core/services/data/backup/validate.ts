/**
 * Every restored record must be one the app could have written: checked against the contract's
 * zod schemas (and the shapes of core's own records, record-shapes.ts) before anything is swapped
 * in. A kind of record with no schema here is refused: it could not be checked.
 */
import type { z } from 'zod'
import {
  LedgerEntry,
  Matter,
  Member,
  Notice,
  PeriodSheet,
  Project,
  Settings,
  VillageProfile,
} from '../../../../../contract'
import { AccountEvent } from '../../../../../contract/schemas/accounts'
import { ClockFix } from '../../../../../contract/schemas/clock'
import { Asset } from '../../../../../contract/schemas/assets'
import { BudgetLine } from '../../../../../contract/schemas/budget'
import { Debt } from '../../../../../contract/schemas/debts'
import { Distribution } from '../../../../../contract/schemas/distributions'
import { Duty } from '../../../../../contract/schemas/duties'
import { Meeting } from '../../../../../contract/schemas/meetings'
import { Special } from '../../../../../contract/schemas/specials'
import type { CollectionName, Store } from '../../../store/types'
import { BackupProblem } from './manifest'
import {
  AttachmentRecordShape,
  LearnedSubjectShape,
  QuestionRecordShape,
  RecoveryCodeShape,
  RestoreRecordShape,
  SetupStateShape,
  UserRecordShape,
} from './record-shapes'

const SCHEMAS: ReadonlyArray<[string, string, z.ZodType]> = [
  ['village', '村庄信息', VillageProfile],
  ['members', '村干部', Member],
  ['settings', '设置', Settings],
  ['ledger', '账目', LedgerEntry],
  ['sheets', '账表', PeriodSheet],
  ['projects', '项目', Project],
  ['matters', '四议两公开事项', Matter],
  ['notices', '公告', Notice],
  ['budget', '预算', BudgetLine],
  ['assets', '资产', Asset],
  ['debts', '债权债务', Debt],
  ['distributions', '收益分配', Distribution],
  ['specials', '专项公开', Special],
  ['meetings', '会议', Meeting],
  ['duties', '干部分工', Duty],
  ['users', '账户', UserRecordShape],
  ['accountEvents', '账户变更记录', AccountEvent],
  ['clockFixes', '电脑时间确认记录', ClockFix],
  ['questions', '村民提问', QuestionRecordShape],
  ['attachments', '附件记录', AttachmentRecordShape],
  ['setup', '设置记录', SetupStateShape],
  ['subjects', '会计科目对照', LearnedSubjectShape],
  ['recoveryCodes', '恢复码记录', RecoveryCodeShape],
  ['restores', '恢复记录', RestoreRecordShape],
]

/** What a collection's records are called on screen (账目, 公告…), or its name if unknown. */
export function collectionLabel(coll: string): string {
  return SCHEMAS.find(([c]) => c === coll)?.[1] ?? coll
}

/**
 * Throws a plain refusal naming the first record that does not fit its schema, or a kind of
 * record this program does not know (and so could not check).
 */
export function validateRecords(store: Store): void {
  const unknown = store.collections().find((c) => !SCHEMAS.some(([known]) => known === c))
  if (unknown !== undefined) {
    throw new BackupProblem(
      `备份里有本程序不认识的一类记录（${unknown}），可能是更新版本的程序做的备份。不能用它恢复，现在的数据保持原样`,
    )
  }
  for (const [coll, label, schema] of SCHEMAS) {
    for (const record of store.all(coll as CollectionName)) {
      const r = schema.safeParse(record)
      if (r.success) continue
      const id = (record as { id?: unknown }).id
      const issue = r.error.issues[0]
      const field = issue?.path.join('.') ?? ''
      throw new BackupProblem(
        `备份里的${label}（编号 ${String(id)}）不符合记录格式：${field ? `${field}：` : ''}${issue?.message ?? ''}。不能用它恢复，现在的数据保持原样`,
      )
    }
  }
}
