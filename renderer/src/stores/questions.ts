import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { Feedback, QuestionStatus, ReceiptView } from '../../../contract'
import { asProblem, call, type ApiProblem } from '../api'
import { onKioskReset } from '../composables/kiosk-reset'
import { useRemote } from './remote'

/** Receipts are 8 digits. */
export const RECEIPT_DIGITS = 8

/**
 * 村务监督 for villagers: the public board of questions (optionally one status) and 查进度 by
 * receipt with a single 满意/不满意. The receipt typed is cleared when the kiosk resets.
 */
export const useQuestionsStore = defineStore('questions', () => {
  const board = useRemote((status: QuestionStatus | null) =>
    call('questions.public', status ? { status } : {}),
  )
  const filter = ref<QuestionStatus | null>(null)

  const digits = ref('')
  const found = shallowRef<ReceiptView | null>(null)
  const checkProblem = shallowRef<ApiProblem | null>(null)
  const busy = ref(false)

  async function show(status: QuestionStatus | null): Promise<void> {
    filter.value = status
    await board.load(status)
  }

  function typeDigit(d: string): void {
    if (digits.value.length < RECEIPT_DIGITS && /^\d$/.test(d)) digits.value += d
    checkProblem.value = null
  }

  function backspace(): void {
    digits.value = digits.value.slice(0, -1)
    checkProblem.value = null
  }

  /** Bumped by every clear: a lookup answered after it is the previous villager's. */
  let generation = 0

  function clearCheck(): void {
    generation++
    digits.value = ''
    found.value = null
    checkProblem.value = null
    busy.value = false
  }

  async function run(step: () => Promise<ReceiptView>): Promise<void> {
    busy.value = true
    checkProblem.value = null
    const askedIn = generation
    try {
      const got = await step()
      // Cleared meanwhile (the kiosk reset as the villager walked away): not shown to the next.
      if (askedIn === generation) found.value = got
    } catch (e) {
      if (askedIn === generation) checkProblem.value = asProblem(e)
    } finally {
      if (askedIn === generation) busy.value = false
    }
  }

  /** Looks the typed receipt up; core's words (e.g. not found) land in checkProblem. */
  function check(): Promise<void> {
    found.value = null
    return run(() => call('questions.byReceipt', { receipt: digits.value }))
  }

  /** 满意 or 不满意, once; the board's counts are refreshed after. */
  async function rate(value: Feedback): Promise<void> {
    const receipt = found.value?.receipt
    if (!receipt) return
    await run(() => call('questions.feedback', { receipt, value }))
    if (board.data.value) await board.load(filter.value)
  }

  /**
   * After a change elsewhere (an answer published): reload what is on screen. A shown question
   * its receipt no longer opens (the records were restored or replaced) goes, quietly and once:
   * nobody typed anything, and core counts each receipt it cannot find against this screen.
   */
  async function refresh(): Promise<void> {
    if (board.data.value) await board.load(filter.value)
    const shown = found.value
    if (!shown) return
    const askedIn = generation
    const still = () => askedIn === generation && found.value === shown
    try {
      const got = await call('questions.byReceipt', { receipt: shown.receipt })
      if (still()) found.value = got
    } catch (e) {
      // Only a receipt that finds nothing now; a core that cannot answer just now changes nothing.
      if (still() && asProblem(e).code === 'NOT_FOUND') found.value = null
    }
  }

  onKioskReset({ reset: clearCheck, dirty: () => digits.value !== '' || found.value !== null })

  return {
    board: board.data,
    boardLoading: board.loading,
    boardError: board.error,
    filter,
    digits,
    found,
    checkProblem,
    busy,
    show,
    typeDigit,
    backspace,
    clearCheck,
    check,
    rate,
    refresh,
  }
})
