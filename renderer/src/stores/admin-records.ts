import { defineStore } from 'pinia'
import { reactive, ref, shallowRef } from 'vue'
import type { Input, Output } from '../../../contract'
import type { WorkflowVerb } from '../../../contract/api/workflow'
import {
  WORKFLOW_KINDS,
  type PendingRecord,
  type WorkflowKind,
} from '../../../contract/schemas/records-admin'
import { asProblem, call, type ApiProblem } from '../api'
import type { AnyRecord, RecordOf } from '../views/admin/records/kinds/types'

/** One workflow call, its method name built from the record type and the verb. */
export function workflowCall<K extends WorkflowKind, V extends WorkflowVerb>(
  kind: K,
  verb: V,
  input: Input<`${K}.${V}`>,
): Promise<Output<`${K}.${V}`>> {
  return call(`${kind}.${verb}`, input)
}

/**
 * The cadres' projects, matters, meetings, notices and finance registers in every version and state, as core
 * lists them, plus the sign-off queue. Every change goes to core and the list is read again.
 */
export const useAdminRecordsStore = defineStore('admin-records', () => {
  const lists = reactive<{ [K in WorkflowKind]: RecordOf[K][] | null }>({
    projects: null,
    matters: null,
    meetings: null,
    notices: null,
    budget: null,
    assets: null,
    debts: null,
    distributions: null,
    specials: null,
  })
  const error = shallowRef<ApiProblem | null>(null)
  const loading = ref(false)
  const pending = shallowRef<PendingRecord[] | null>(null)

  async function load(kind: WorkflowKind): Promise<void> {
    loading.value = true
    try {
      const list: AnyRecord[] = await workflowCall(kind, 'drafts', {})
      ;(lists as Record<WorkflowKind, AnyRecord[] | null>)[kind] = list
      error.value = null
    } catch (e) {
      error.value = asProblem(e)
    } finally {
      loading.value = false
    }
  }

  async function loadAll(): Promise<void> {
    await Promise.all(WORKFLOW_KINDS.map((k) => load(k)))
  }

  async function loadPending(): Promise<void> {
    try {
      pending.value = await call('records.pending', {})
    } catch (e) {
      error.value = asProblem(e)
    }
  }

  /** A record by id from the loaded list (loading it first if needed). */
  async function find<K extends WorkflowKind>(kind: K, id: string): Promise<RecordOf[K] | null> {
    if (!lists[kind]) await load(kind)
    const list = lists[kind] as AnyRecord[] | null
    return (list?.find((r) => r.id === id) as RecordOf[K] | undefined) ?? null
  }

  /** Runs one workflow step; refreshes the list and the queue after, whatever the outcome. */
  async function act<K extends WorkflowKind, V extends WorkflowVerb>(
    kind: K,
    verb: V,
    input: Input<`${K}.${V}`>,
  ): Promise<Output<`${K}.${V}`>> {
    try {
      return await workflowCall(kind, verb, input)
    } finally {
      await Promise.all([load(kind), loadPending()])
    }
  }

  return { lists, error, loading, pending, load, loadAll, loadPending, find, act }
})
