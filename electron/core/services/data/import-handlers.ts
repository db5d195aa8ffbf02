/** import.preview and import.commit: the clerk's file becomes draft lines of one period, or nothing. */
import { randomUUID } from 'node:crypto'
import type { LedgerEntry } from '../../../../contract'
import type { ImportFileInput, ImportPreview } from '../../../../contract/schemas/data-import'
import { ApiFailure } from '../../api/failure'
import type { Ctx, HandlerGroup } from '../../api/handlers'
import { localDate } from '../clock'
import { actorOf, assertSheetEditable, linesOf, sheetOf } from '../ledger-admin/rules'
import { buildPreview, forScreen, parseFile } from './import/preview'
import { refuseRowNumbers } from './import/row-numbers'
import type { ProgressBoard } from './progress'

/** Voucher numbers live lines of the period already use (replaced lines do not count). */
function usedVouchers(ctx: Ctx, period: string): Set<string> {
  return new Set(
    linesOf(ctx.store, period)
      .filter((e) => !e.supersededBy)
      .map((e) => e.voucherNo),
  )
}

async function preview(
  input: ImportFileInput,
  ctx: Ctx,
  board: ProgressBoard,
): Promise<ImportPreview> {
  return board.run(ctx.caller, 'import', async (say) => {
    say('正在打开文件', 0, 1)
    const bytes = new Uint8Array(Buffer.from(input.bytesBase64, 'base64'))
    const file = await parseFile(bytes)
    return buildPreview(file, input, {
      today: localDate(ctx.now()),
      existingVouchers: usedVouchers(ctx, input.period),
      onProgress: say,
    })
  })
}

/** Handlers bound to the core's progress board. */
export function importHandlers(
  board: ProgressBoard,
): HandlerGroup<'import.preview' | 'import.commit'> {
  return {
    'import.preview': async (input, ctx) => forScreen(await preview(input, ctx, board)),
    'import.commit': async (input, ctx) => {
      const actor = actorOf(ctx)
      assertSheetEditable(sheetOf(ctx.store, input.period))
      const p = await preview(input, ctx, board)
      if (!p.canCommit) {
        const why = p.problems[0] ?? `有 ${p.counts.withErrors} 行有问题`
        throw new ApiFailure('BAD_INPUT', `${why}，没有导入任何账目。请按预览里的提示改正后再导入`)
      }
      refuseRowNumbers(p.rows)
      const createdAt = ctx.now().toISOString()
      const entries: LedgerEntry[] = p.rows.flatMap((r) => {
        if (!r.entry) return []
        const { categoryName: _name, ...line } = r.entry
        return [
          {
            ...line,
            period: input.period,
            attachments: [],
            id: randomUUID(),
            createdAt,
            createdBy: actor,
          },
        ]
      })
      // One journal entry: every line appears at once, or (if the write fails) none does.
      const entry = await ctx.store.commit({
        actor,
        action: 'ledger.import',
        entity: 'ledger',
        id: input.period,
        puts: entries.map((e) => ({ coll: 'ledger' as const, id: e.id, value: e })),
      })
      return {
        period: input.period,
        imported: entries.length,
        incomeFen: p.counts.incomeFen,
        expenseFen: p.counts.expenseFen,
        seq: entry.seq,
      }
    },
  }
}
