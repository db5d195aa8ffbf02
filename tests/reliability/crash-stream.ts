/**
 * The changes a crash trial makes, drawn from a seed: the child performs them, the parent
 * draws the same list again to know what each acknowledged change was meant to hold.
 */
import type { LedgerEntry, SaveEntryInput } from '../../contract'
import { createRng, type Rng } from '../../electron/core/demo/rng'
import type { Change } from '../../electron/core/store/types'

/** A change straight through store.commit, or a draft line through the API as a clerk. */
export type CrashOp =
  | { kind: 'commit'; k: number; change: Change }
  | { kind: 'invoke'; k: number; input: SaveEntryInput }

/** Journal action of the commit stream; the entry's id is the op's k. */
export const CRASH_ACTION = 'crash.commit'
/** The period the child opens for its API-entered drafts (the test clock is 2026-11-25). */
export const INVOKE_PERIOD = '2026-11'

const ACTOR = { id: 'crash-test', name: '断电测试' }
const pad = (n: number): string => String(n).padStart(2, '0')

function entry(rng: Rng, id: string, k: number): LedgerEntry {
  const year = rng.int(2016, 2025)
  const month = rng.int(1, 12)
  return {
    id,
    period: `${year}-${pad(month)}`,
    date: `${year}-${pad(month)}-${pad(rng.int(1, 28))}`,
    voucherNo: `断${k}-${rng.int(1, 9999)}`,
    summary: `断电测试第${k}笔：买水泥${rng.int(1, 500)}袋`,
    category: 'expense',
    item: '办公费',
    direction: rng.chance(0.5) ? 'income' : 'expense',
    amountFen: rng.int(1, 99_999_999),
    counterparty: '',
    handler: '',
    attachments: [],
    createdAt: '2026-11-25T01:30:00.000Z',
    createdBy: ACTOR,
  }
}

/** One commit: a few lines (new, changed, moved to another year, removed) or a bulk import. */
function commitOp(rng: Rng, k: number, live: string[]): CrashOp {
  const puts: Change['puts'] = []
  const bulk = rng.chance(0.08)
  const count = bulk ? rng.int(200, 800) : rng.int(1, 12)
  const touched = new Set<string>()
  for (let i = 0; i < count; i++) {
    const roll = rng.next()
    const old = live.length > 0 && !bulk && roll < 0.45 ? rng.pick(live) : undefined
    if (old && touched.has(old)) continue
    if (old && roll < 0.1) {
      live.splice(live.indexOf(old), 1)
      puts.push({ coll: 'ledger', id: old, value: null })
    } else {
      const id = old ?? rng.uuid()
      if (!old) live.push(id)
      puts.push({ coll: 'ledger', id, value: entry(rng, id, k) })
    }
    if (old) touched.add(old)
  }
  if (rng.chance(0.3)) {
    const id = `crash-notice-${rng.int(1, 20)}`
    puts.push({ coll: 'notices', id, value: { id, title: `测试公告${k}`, k } })
  }
  const change = { actor: ACTOR, action: CRASH_ACTION, entity: 'ledger', id: String(k), puts }
  return { kind: 'commit', k, change }
}

function invokeOp(rng: Rng, k: number): CrashOp {
  const input: SaveEntryInput = {
    period: INVOKE_PERIOD,
    date: `2026-11-${pad(rng.int(1, 25))}`,
    voucherNo: `接口${k}`,
    summary: `断电测试经接口录入第${k}笔`,
    category: 'expense',
    item: '办公费',
    direction: 'expense',
    amountFen: rng.int(1, 5_000_000),
    counterparty: '',
    handler: '',
    attachments: [],
  }
  return { kind: 'invoke', k, input }
}

/** The endless op stream of a trial; `withInvoke` false keeps to store.commit only. */
export function* crashOps(seed: number, withInvoke = true): Generator<CrashOp, never> {
  const rng = createRng(`crash/${seed}`)
  const live: string[] = []
  for (let k = 0; ; k++) {
    yield withInvoke && rng.chance(0.3) ? invokeOp(rng, k) : commitOp(rng, k, live)
  }
}
