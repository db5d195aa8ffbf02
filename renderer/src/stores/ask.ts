import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { AboutSection, QuestionType, SubmitReceipt } from '../../../contract'
import { asProblem, call, type ApiProblem } from '../api'
import { onKioskReset } from '../composables/kiosk-reset'

/** Longest question core accepts (it counts UTF-16 units, as String.length does). */
export const MAX_QUESTION = 300
/** Longest name and phone the optional fields take. */
export const MAX_NAME = 20
export const MAX_PHONE = 13

export type AskStep = 'type' | 'text' | 'contact' | 'done'

/** The item a question is about, as the 我要提问 button passed it (core looks the title up again). */
export interface AskAbout {
  section: AboutSection
  id: string
  title: string
}

/**
 * One villager's question while it is being written: type, text, optional name and phone.
 * Everything typed is cleared after submit and by the kiosk's idle reset, so the next person at
 * the screen never sees it.
 */
export const useAskStore = defineStore('ask', () => {
  const step = ref<AskStep>('type')
  const type = ref<QuestionType | null>(null)
  const text = ref('')
  const name = ref('')
  const phone = ref('')
  const about = shallowRef<AskAbout | null>(null)
  const busy = ref(false)
  const problem = shallowRef<ApiProblem | null>(null)
  const receipt = shallowRef<SubmitReceipt | null>(null)

  const left = computed(() => MAX_QUESTION - text.value.length)
  const dirty = computed(
    () => step.value !== 'type' || !!text.value || !!name.value || !!phone.value || !!receipt.value,
  )

  function clearTyped(): void {
    type.value = null
    text.value = ''
    name.value = ''
    phone.value = ''
    problem.value = null
  }

  /** Bumped by every reset: an answer to a question sent before it is someone else's. */
  let generation = 0

  /** Back to a blank first step. */
  function reset(): void {
    generation++
    clearTyped()
    step.value = 'type'
    about.value = null
    receipt.value = null
    busy.value = false
  }

  /** Opens the flow for an item (or none); a draft for the same item is kept, any other is dropped. */
  function begin(next: AskAbout | null): void {
    const same = (about.value?.id ?? null) === (next?.id ?? null)
    if (!same || step.value === 'done') reset()
    about.value = next
  }

  function chooseType(t: QuestionType): void {
    type.value = t
    step.value = 'text'
  }

  function setText(value: string): void {
    text.value = value.slice(0, MAX_QUESTION)
    if (problem.value?.fields?.text) problem.value = null
  }

  /** Sends the question; on success only the receipt is kept, everything typed is gone. */
  async function submit(): Promise<boolean> {
    if (!type.value || busy.value) return false
    busy.value = true
    problem.value = null
    const sentIn = generation
    try {
      const a = about.value
      const got = await call('questions.submit', {
        type: type.value,
        text: text.value,
        name: name.value,
        phone: phone.value,
        ...(a ? { about: { section: a.section, id: a.id } } : {}),
      })
      // The screen was reset meanwhile (the asker walked away): the receipt is theirs, not the
      // next villager's; it is not shown.
      if (sentIn !== generation) return false
      receipt.value = got
      clearTyped()
      step.value = 'done'
      return true
    } catch (e) {
      if (sentIn === generation) problem.value = asProblem(e)
      return false
    } finally {
      if (sentIn === generation) busy.value = false
    }
  }

  // The store lives as long as the app: walking away clears the draft even off this screen.
  onKioskReset({ reset, dirty: () => dirty.value })

  return {
    step,
    type,
    text,
    name,
    phone,
    about,
    busy,
    problem,
    receipt,
    left,
    dirty,
    begin,
    chooseType,
    setText,
    submit,
    reset,
  }
})
