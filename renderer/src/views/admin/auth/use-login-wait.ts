import { computed, onBeforeUnmount, onMounted, ref } from 'vue'
import { call } from '../../../api'

/**
 * After wrong PINs core makes this screen wait (for every account); this asks core how long and
 * counts down each second, so the login screen can say 请等 N 秒再试 and hold the 登录 key.
 */
export function useLoginWait() {
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
      const { seconds: s } = await call('auth.loginWait', {})
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
