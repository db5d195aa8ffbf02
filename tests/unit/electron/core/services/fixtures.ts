/** Hand-built records and a caller context for the public services' tests. */
import type { LedgerEntry, PeriodSheet, PersonRef, Project } from '../../../../../contract'
import type { Ctx } from '../../../../../electron/core/api/handlers'
import { SessionTable } from '../../../../../electron/core/api/sessions'
import { createMemoryStore } from '../../../../../electron/core/store/memory-store'
import type { CollectionName, Store } from '../../../../../electron/core/store/types'

export const NOW = new Date('2026-05-10T04:00:00Z')
export const CLERK: PersonRef = { id: 'clerk-1', name: '吴春燕' }
export const SIGNER: PersonRef = { id: 'sup-1', name: '季宏伟' }

/** A villager's context over a fresh memory store. */
export function publicCtx(store: Store = createMemoryStore(() => NOW)): Ctx {
  return {
    actor: null,
    role: null,
    now: () => NOW,
    store,
    caller: 'test',
    sessions: new SessionTable(() => NOW),
  }
}

/** Writes records as one change, the way a service would (sheets are keyed by period). */
export async function put<T extends { id: string } | { key: string }>(
  store: Store,
  coll: CollectionName,
  records: T[],
): Promise<void> {
  await store.commit({
    actor: CLERK,
    action: 'test.put',
    entity: coll,
    id: 'test',
    puts: records.map((r) => ({ coll, id: 'id' in r ? r.id : r.key, value: r })),
  })
}

/** Writes a singleton such as the village profile ('profile') or the settings ('settings'). */
export async function putOne(store: Store, coll: CollectionName, id: string, value: unknown) {
  await store.commit({
    actor: CLERK,
    action: 'test.put',
    entity: coll,
    id,
    puts: [{ coll, id, value }],
  })
}

let next = 0

/** A valid ledger line in 2026-Q1 unless told otherwise. */
export function entry(over: Partial<LedgerEntry> = {}): LedgerEntry {
  next++
  return {
    id: `e-${next}`,
    period: '2026-Q1',
    date: '2026-02-10',
    voucherNo: `记-2026-02-${String(next).padStart(3, '0')}`,
    summary: '测试摘要',
    category: 'expense',
    item: '办公费',
    direction: 'expense',
    amountFen: 100,
    counterparty: '',
    handler: '',
    attachments: [],
    createdAt: '2026-02-10T02:00:00.000Z',
    createdBy: CLERK,
    ...over,
  }
}

/** A period sheet, published and signed unless told otherwise. */
export function sheet(key: string, over: Partial<PeriodSheet> = {}): PeriodSheet {
  return {
    key,
    note: '',
    status: 'published',
    version: 1,
    createdAt: '2026-04-02T01:00:00.000Z',
    createdBy: CLERK,
    publishedAt: '2026-04-05T07:00:00.000Z',
    publishedBy: SIGNER,
    ...over,
  }
}

/** A published project under construction. */
export function project(over: Partial<Project> = {}): Project {
  return {
    id: 'p-1',
    name: '三组道路硬化工程',
    stage: '施工',
    percent: 50,
    budgetFen: 80_000_000,
    fundSource: '',
    contractor: '',
    procurement: '',
    location: '',
    summary: '',
    milestones: [],
    status: 'published',
    version: 1,
    createdAt: '2026-01-02T01:00:00.000Z',
    createdBy: CLERK,
    publishedAt: '2026-01-03T01:00:00.000Z',
    publishedBy: SIGNER,
    updatedAt: '2026-01-03T01:00:00.000Z',
    ...over,
  }
}
