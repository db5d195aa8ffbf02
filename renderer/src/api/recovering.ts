/**
 * While core's process starts again (Electron main answers RESTARTING), calls wait and retry
 * by themselves; this counts them so the screen can say 正在恢复 instead of showing errors.
 */
import { computed, ref } from 'vue'

const waiting = ref(0)

/** True while at least one call is waiting for core to come back. */
export const coreRecovering = computed(() => waiting.value > 0)

/** Waits before retry number `attempt` (1, 2, …): 0.5 s doubling to 5 s, so a slow restart costs no CPU. */
export function retryDelayMs(attempt: number): number {
  return Math.min(5_000, 500 * 2 ** Math.max(0, attempt - 1))
}

/** Tries this many times (about a minute in all) before the screen shows the error. */
export const MAX_RETRIES = 14

/** Runs `work` counted as waiting, so the banner shows for exactly as long as it lasts. */
export async function whileRecovering<T>(work: () => Promise<T>): Promise<T> {
  waiting.value++
  try {
    return await work()
  } finally {
    waiting.value--
  }
}
