import { computed, onBeforeUnmount, onMounted, ref } from 'vue'

/**
 * A wait core holds this screen to after wrong tries (PINs, receipts): asked of core on mount and
 * by `refresh`, then counted down here each second, so the screen can say 请等 N 秒 and hold its
 * key until the wait is over. A failed ask counts as no wait (core refuses the try anyway).
 */
export function useScreenWait(ask: () => Promise<{ seconds: number }>) {
  const until = ref(0)
  const now = ref(Date.now())
  let timer: ReturnType<typeof setInterval> | null = null

  const seconds = computed(() => Math.max(0, Math.ceil((until.value - now.value) / 1000)))

  function tick(): void {
    now.value = Date.now()
    if (seconds.value === 0 && timer) {
      clearInterval(timer)
      timer = null
    }
  }

  /** Asks core how long this screen still waits and starts the countdown. */
  async function refresh(): Promise<void> {
    try {
      const { seconds: s } = await ask()
      now.value = Date.now()
      until.value = now.value + s * 1000
      if (s > 0 && !timer) timer = setInterval(tick, 250)
    } catch {
      until.value = 0
    }
  }

  onMounted(refresh)
  onBeforeUnmount(() => {
    if (timer) clearInterval(timer)
  })
  return { seconds, refresh }
}
