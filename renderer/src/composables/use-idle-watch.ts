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
    // The attract loop covers home until it is tapped (so that tap never opens a tile).
    if (idle.phase === 'attract') return
    const idleFor = (Date.now() - idle.lastActivity) / 1000
    const limit = settings.idleSeconds
    if (idleFor < limit) {
      if (idle.phase !== 'active') idle.phase = 'active'
      return
    }
    const atRest = router.currentRoute.value.name === 'home' && !kioskIsDirty()
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
    idle.phase = 'attract'
    if (router.currentRoute.value.name !== 'home') void router.replace('/')
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
