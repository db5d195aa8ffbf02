/** The audit trail: every journal entry touching a record, in words; and the whole-chain check. */
import type { FieldChange, HistoryItem } from '../../../../contract'
import type { HandlerGroup } from '../../api/handlers'
import type { CollectionName, JournalEntry } from '../../store/types'
import { collectionLabel } from '../data/backup/validate'
import { actionLabel, fieldLabel, valueText } from './audit-words'

type Rec = Record<string, unknown>
const NOISE = new Set(['updatedAt'])

/** Fields whose value differs between two versions of a record (top level). */
export function diff(before: Rec, after: Rec): FieldChange[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)])
  const out: FieldChange[] = []
  for (const field of keys) {
    if (NOISE.has(field)) continue
    if (JSON.stringify(before[field]) === JSON.stringify(after[field])) continue
    const changed = { field, label: fieldLabel(field) }
    out.push(
      field === 'passwordHash'
        ? { ...changed, from: '', to: '已更改' }
        : { ...changed, from: valueText(field, before[field]), to: valueText(field, after[field]) },
    )
  }
  return out
}

/** The record's value after an entry (the last put for it: a moved ledger line has two). */
function valueAfter(e: JournalEntry, coll: string, id: string): Rec | null {
  const puts = e.data.puts.filter((p) => p.coll === coll && p.id === id)
  const last = puts[puts.length - 1]
  return last?.value && typeof last.value === 'object' ? (last.value as Rec) : null
}

/** Turns a record's journal entries into history lines; hashes and values stay in core. */
export function historyItems(entries: JournalEntry[], coll: string, id: string): HistoryItem[] {
  let before: Rec | null = null
  return entries.map((e) => {
    const after = valueAfter(e, coll, id)
    const kind = after === null ? 'delete' : before === null ? 'create' : 'update'
    const changes = kind === 'update' ? diff(before!, after!) : []
    const words = changes.slice(0, 4).map((c) => c.label)
    const more = changes.length > 4 ? `等 ${changes.length} 项` : ''
    const status = changes.find((c) => c.field === 'status')
    const summary =
      kind === 'create'
        ? '新建这条记录'
        : kind === 'delete'
          ? '删除这条记录'
          : status
            ? `状态：${status.from} → ${status.to}`
            : changes.length
              ? `修改：${words.join('、')}${more}`
              : '重新保存，内容没有变化'
    before = after
    return {
      seq: e.seq,
      at: e.at,
      actor: e.actor?.name ?? null,
      action: e.action,
      actionLabel: actionLabel(e.action),
      kind,
      summary,
      changes: changes.slice(0, 30),
    }
  })
}

/** audit.history / audit.verify. */
export const auditHandlers: HandlerGroup<'audit.history' | 'audit.verify'> = {
  'audit.history': async ({ coll, id }, { store }) =>
    historyItems(await store.history(coll as CollectionName, id), coll, id),
  'audit.verify': async (_input, { store }) => {
    const r = await store.verify()
    const halt = store.halted()
    // A whole chain vouches for the journal; the records shown must then be the journal's.
    const records = r.ok ? await store.checkRecords() : undefined
    const bad = records?.first
    return {
      ok: r.ok && !bad,
      entries: r.entries,
      head: r.head,
      ...(r.firstBad ? { firstBad: r.firstBad } : {}),
      ...(halt ? { halted: { seq: halt.seq, evidence: halt.evidence } } : {}),
      ...(records ? { records: records.checked } : {}),
      ...(bad
        ? {
            recordsBad: {
              ...bad,
              message: `数据文件里的${collectionLabel(bad.coll)}（编号 ${bad.id}）与变更日志记载的不一致：数据文件在程序之外被改动过，屏幕上显示的可能不是真实记录`,
            },
          }
        : {}),
    }
  },
}
