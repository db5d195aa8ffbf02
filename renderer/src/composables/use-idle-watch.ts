import { onBeforeUnmount, onMounted } from 'vue'
import { useRouter } from 'vue-router'
import { WARNING_SECONDS, useIdleStore } from '../stores/idle'
import { useSettingsStore } from '../stores/settings'
import { kioskIsDirty, resetKiosk } from './kiosk-reset'

// pointerup, not pointerdown: a tap's click follows its pointerup in the same task, so a tap on
// 继续浏览 always lands on the banner before the next tick hides it.
const ACTIVITY = ['pointerup', 'keydown', 'wheel', 'scroll'] as const

/**
 * Watches for a villager walking away: after settings.idleSeconds with no touch a countdown
 * shows (unless home is already at rest), then the kiosk goes home and clears everything typed.
 * Uses Date and setInterval only, so tests can move the page clock.
 */
export function useIdleWatch(): void {
  const idle = useIdleStore()
  const settings = useSettingsStore()
  const router = useRouter()
  let timer: ReturnType<typeof setInterval> | null = null

  const onActivity = () => idle.activity()

  function tick(): void {
    const atHome = router.currentRoute.value.name === 'home'
    // The attract loop covers home until it is tapped (so that tap never opens a tile). Off
    // home (a redirect, the setup screen) nothing shows it: the watch goes on as in use.
    if (idle.phase === 'attract' && atHome) return
    const idleFor = (Date.now() - idle.lastActivity) / 1000
    const limit = settings.idleSeconds
    if (idleFor < limit) {
      if (idle.phase !== 'active') idle.phase = 'active'
      return
    }
    const atRest = atHome && !kioskIsDirty()
    if (atRest) {
      idle.phase = 'attract'
      return
    }
    const left = Math.ceil(limit + WARNING_SECONDS - idleFor)
    if (left > 0) {
      idle.phase = 'warning'
      idle.secondsLeft = left
      return
    }
    resetKiosk()
    // Where home cannot be reached (before setup), the wait starts again from this reset.
    idle.lastActivity = Date.now()
    idle.phase = 'attract'
    if (!atHome) void router.replace('/')
  }

  onMounted(() => {
    for (const e of ACTIVITY)
      window.addEventListener(e, onActivity, { capture: true, passive: true })
    idle.wake()
    timer = setInterval(tick, 1000)
  })
  onBeforeUnmount(() => {
    for (const e of ACTIVITY) window.removeEventListener(e, onActivity, { capture: true })
    if (timer) clearInterval(timer)
  })
}
