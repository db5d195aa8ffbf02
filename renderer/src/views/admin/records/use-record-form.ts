/**
 * A record form's state and saving, apart from its looks: the draft as typed, checked with the
 * same contract schema core uses, then core's own refusals shown next to each field.
 */
import { computed, ref, shallowRef } from 'vue'
import { useI18n } from '../../../i18n'
import { api, type Method } from '../../../../../contract'
import type { WorkflowKind } from '../../../../../contract/schemas/records-admin'
import { asProblem } from '../../../api'
import { useUnsavedGuard } from '../../../composables/use-leave-guard'
import { villageToday } from '../../../components/admin/forms/dates'
import { useAdminRecordsStore, workflowCall } from '../../../stores/admin-records'
import { kindDef } from './kinds'
import type { AnyRecord } from './kinds/types'
import { lockedFields } from './locked-fields'
import { zodFields } from './zod-fields'

export type FormMode = 'new' | 'edit' | 'correct'

export function useRecordForm(kind: WorkflowKind, mode: FormMode, id?: string) {
  const { t } = useI18n()
  const store = useAdminRecordsStore()
  const def = kindDef(kind)
  const draft = ref<object>(def.blank(villageToday()))
  const original = shallowRef<AnyRecord | null>(null)
  /** The published version a correction's draft replaces (editing such a draft). */
  const earlier = shallowRef<AnyRecord | null>(null)
  const reason = ref('')
  const errors = ref<Record<string, string>>({})
  const saving = ref(false)
  const missing = ref(false)
  /** What the form held when it was opened or last saved; anything else asks before leaving. */
  const { markSaved } = useUnsavedGuard(() => [draft.value, reason.value])

  /** Whether the form carries a 更正原因: a new correction, or editing a correction's draft. */
  const needsReason = computed(() => mode === 'correct' || !!original.value?.supersedes)
  /** Fields shown read-only: what a correction keeps (contract/correction-kept.ts). */
  const locked = computed(() => lockedFields(kind, mode, original.value, earlier.value))

  async function init(): Promise<void> {
    if (mode === 'new' || !id) return
    const r = await store.find(kind, id)
    if (!r) {
      missing.value = true
      return
    }
    if (mode === 'edit' && r.supersedes) earlier.value = await store.find(kind, r.supersedes)
    original.value = r
    draft.value = def.fromRecord(r)
    reason.value = mode === 'edit' ? (r.correctionReason ?? '') : ''
    markSaved()
  }

  /** Checks and sends the draft; returns the saved record's id, or null with `errors` filled. */
  async function save(): Promise<string | null> {
    const words = { badNumber: t('records.form.badNumber'), badAmount: t('records.form.badAmount') }
    const { input, errors: local } = def.toInput(draft.value, words)
    const verb = mode === 'correct' ? 'correct' : 'save'
    const body: Record<string, unknown> = { ...input }
    if (id && mode !== 'new') body.id = id
    if (needsReason.value) body.reason = reason.value
    const schema = api[`${kind}.${verb}` as Method].input
    const parsed = schema.safeParse(body)
    const found = { ...(parsed.success ? {} : zodFields(parsed.error)), ...local }
    if (Object.keys(found).length > 0) {
      errors.value = found
      return null
    }
    saving.value = true
    try {
      // The schema just accepted `body`; its type is the method's input.
      const saved = await workflowCall(kind, verb, body as never)
      errors.value = {}
      markSaved()
      await store.load(kind)
      return (saved as AnyRecord).id
    } catch (e) {
      const p = asProblem(e)
      errors.value = p.fields ?? { _: p.userMessage || t('state.errorGeneric') }
      return null
    } finally {
      saving.value = false
    }
  }

  return { draft, original, reason, errors, saving, missing, needsReason, locked, init, save }
}
