import { onBeforeUnmount, onMounted, shallowRef } from 'vue'

/** The current time, ticking, for the header clock (a kiosk runs for days: it must not freeze). */
export function useNow(intervalMs = 10_000) {
  const now = shallowRef(new Date())
  let timer: ReturnType<typeof setInterval> | null = null
  onMounted(() => {
    timer = setInterval(() => (now.value = new Date()), intervalMs)
  })
  onBeforeUnmount(() => {
    if (timer) clearInterval(timer)
  })
  return now
}
