import { ref } from 'vue'
import { nextFrame } from './frames'

/**
 * How long start-up waits for the first screen's answers before drawing it anyway (with its
 * loading state): the longest a slow core can hold the first screen back.
 */
export const FIRST_SCREEN_WAIT_MS = 200

/** Resolves once every one of `answers` has settled, or after `ms`, whichever is first; never rejects. */
export function answeredOrAfter(
  answers: ReadonlyArray<Promise<unknown>>,
  ms: number,
): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms)
    void Promise.allSettled(answers).then(() => {
      clearTimeout(timer)
      resolve()
    })
  })
}

/** False until start-up's first answers are in (or the wait is over); the shell draws nothing before. */
export const firstScreenReady = ref(false)

/**
 * Draws the first screen once, whole, when `answers` are in: not the frame alone first and then
 * again with the screen and its figures in it (each a full style, layout and paint on an old PC).
 * Resolves after the frame that shows it, for work that can wait until the screen is up.
 */
export function showFirstScreenWhen(answers: ReadonlyArray<Promise<unknown>>): Promise<void> {
  return answeredOrAfter(answers, FIRST_SCREEN_WAIT_MS).then(() => {
    firstScreenReady.value = true
    return new Promise<void>((painted) => nextFrame(() => setTimeout(painted)))
  })
}
