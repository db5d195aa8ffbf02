/**
 * import.preview and import.commit: the clerk's file becomes draft lines, split by period when it
 * spans several, opening periods not yet begun, all in one journal entry, or nothing at all.
 */
import { randomUUID } from 'node:crypto'
import type { LedgerEntry } from '../../../../contract'
import type { ImportFileInput, ImportPreview } from '../../../../contract/schemas/data-import'
import { ApiFailure } from '../../api/failure'
import type { Ctx, HandlerGroup } from '../../api/handlers'
import { villageToday } from '../sections/days'
import { settingsOf } from '../records/settings-read'
import { actorOf, assertSheetEditable, sheetOf } from '../ledger-admin/rules'
import {
  assertStillImportable,
  newSheet,
  periodGate,
  storedByMonth,
  usedVouchers,
} from './import/periods'
import { buildPreview, forScreen, parseFile } from './import/preview'
import { refuseRowNumbers } from './import/row-numbers'
import type { ProgressBoard } from './progress'
import { learnedMap } from './subjects/store'

async function preview(
  input: ImportFileInput,
  ctx: Ctx,
  board: ProgressBoard,
): Promise<ImportPreview> {
  return board.run(ctx.caller, 'import', async (say) => {
    say('正在打开文件', 0, 1)
    const bytes = new Uint8Array(Buffer.from(input.bytesBase64, 'base64'))
    const file = await parseFile(bytes)
    const today = villageToday(ctx.now())
    return buildPreview(file, input, {
      today,
      periodMode: settingsOf(ctx.store).periodMode,
      gate: periodGate(ctx.store, today),
      usedVouchers: usedVouchers(ctx.store),
      storedByMonth: storedByMonth(ctx.store),
      learned: learnedMap(ctx.store),
      onProgress: say,
    })
  })
}

/** Why nothing was imported, naming the first row as Excel numbers it. */
function refusal(p: ImportPreview): string {
  const bad = p.rows.find((r) => r.errors.length > 0)
  if (p.problems[0]) return p.problems[0]
  if (bad) return `第 ${bad.line} 行：${bad.errors[0]}（共 ${p.counts.withErrors} 行有问题）`
  if (p.questions[0]) return `还要说明“${p.questions[0]}”算作哪一类`
  return '没有找到可以导入的账目行'
}

/** Handlers bound to the core's progress board. */
export function importHandlers(
  board: ProgressBoard,
): HandlerGroup<'import.preview' | 'import.commit'> {
  return {
    'import.preview': async (input, ctx) => forScreen(await preview(input, ctx, board)),
    'import.commit': async (input, ctx) => {
      const actor = actorOf(ctx)
      // A chosen period under review or published is refused outright, as before any reading.
      if (input.period && sheetOf(ctx.store, input.period)) {
        assertSheetEditable(sheetOf(ctx.store, input.period))
      }
      const p = await preview(input, ctx, board)
      if (!p.canCommit) {
        throw new ApiFailure(
          'BAD_INPUT',
          `${refusal(p)}，没有导入任何账目。请按预览里的提示改正后再导入`,
        )
      }
      refuseRowNumbers(p.rows)
      const createdAt = ctx.now().toISOString()
      const entries: LedgerEntry[] = p.rows.flatMap((r) => {
        if (!r.entry) return []
        const { categoryName: _name, subject, ...line } = r.entry
        return [
          {
            ...line,
            ...(subject ? { subject } : {}),
            attachments: [],
            id: randomUUID(),
            createdAt,
            createdBy: actor,
          },
        ]
      })
      const opened = p.periods.filter((x) => x.isNew).map((x) => x.key)
      // One journal entry: new periods and every line appear at once, or (if the write fails) none.
      const entry = await ctx.store.commit({
        actor,
        action: 'ledger.import',
        entity: 'ledger',
        id: p.periods.map((x) => x.key).join(','),
        recheck: () =>
          assertStillImportable(ctx.store, villageToday(ctx.now()), p.periods, entries),
        puts: [
          ...opened.map((key) => ({
            coll: 'sheets' as const,
            id: key,
            value: newSheet(key, createdAt, actor),
          })),
          ...entries.map((e) => ({ coll: 'ledger' as const, id: e.id, value: e })),
        ],
      })
      return {
        period: p.periods[0]?.key ?? input.period ?? '',
        periods: p.periods.map((x) => ({ key: x.key, imported: x.entries })),
        opened,
        imported: entries.length,
        ...(p.counts.voided ? { voided: p.counts.voided } : {}),
        incomeFen: p.counts.incomeFen,
        expenseFen: p.counts.expenseFen,
        seq: entry.seq,
      }
    },
  }
}
