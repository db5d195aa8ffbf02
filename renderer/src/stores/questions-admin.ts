import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { InboxQuestion, WithholdReason } from '../../../contract'
import { asProblem, call, type ApiProblem } from '../api'
import { onKioskReset } from '../composables/kiosk-reset'
import { useRemote } from './remote'

/**
 * The cadres' inbox of villager questions (overdue first, as core sorts them), and the two
 * things done to one: answer it (clerk/admin) or withhold it with a fixed reason (监委 only).
 */
export const useQuestionsAdminStore = defineStore('questions-admin', () => {
  const inbox = useRemote(() => call('questions.inbox', {}))
  const busy = ref(false)
  const problem = shallowRef<ApiProblem | null>(null)

  const open = computed(() => (inbox.data.value ?? []).filter((q) => !q.answer && !q.withheld))
  const overdue = computed(() => open.value.filter((q) => q.daysOverdue !== undefined))

  function byId(id: string): InboxQuestion | null {
    return inbox.data.value?.find((q) => q.id === id) ?? null
  }

  async function act(step: () => Promise<InboxQuestion>): Promise<boolean> {
    busy.value = true
    problem.value = null
    try {
      await step()
      await inbox.load()
      return true
    } catch (e) {
      problem.value = asProblem(e)
      return false
    } finally {
      busy.value = false
    }
  }

  /** Publishes an answer; core's refusal (e.g. a phone number in it) stays in `problem`. */
  const answer = (id: string, text: string, attachments: string[] = []) =>
    act(() => call('questions.answer', { id, text, attachments }))
  /** As 重复, `duplicateOf` is the question on the board it repeats (core requires it). */
  const withhold = (id: string, reason: WithholdReason, duplicateOf?: string) =>
    act(() => call('questions.withhold', { id, reason, ...(duplicateOf ? { duplicateOf } : {}) }))

  // Names and phones must not outlive the cadre's session on a shared screen.
  onKioskReset({ reset: () => inbox.clear() })

  return {
    list: inbox.data,
    loading: inbox.loading,
    error: inbox.error,
    open,
    overdue,
    busy,
    problem,
    byId,
    load: () => inbox.load(),
    clearProblem: () => void (problem.value = null),
    answer,
    withhold,
    refresh: async () => {
      if (inbox.data.value) await inbox.load()
    },
  }
})
