import { defineStore } from 'pinia'
import { ref } from 'vue'

/** Seconds the "即将回到首页" countdown runs before the kiosk goes home by itself. */
export const WARNING_SECONDS = 20

/** Whether someone is using the screen: in use, counting down to home, or idle on home. */
export type IdlePhase = 'active' | 'warning' | 'attract'

/**
 * The idle state every screen can read: the countdown banner and the attract loop show from
 * it, and any touch (activity) brings the kiosk back to 'active' at once.
 */
export const useIdleStore = defineStore('idle', () => {
  const phase = ref<IdlePhase>('active')
  const secondsLeft = ref(WARNING_SECONDS)
  /** Date.now() of the last touch, key or scroll. */
  const lastActivity = ref(Date.now())

  /**
   * A touch anywhere restarts the wait; the watcher's next tick (within a second) then ends a
   * countdown, so the banner stays put while the tap that ends it is still landing.
   */
  function activity(): void {
    lastActivity.value = Date.now()
  }

  /** 继续浏览, or a tap on the attract loop: back in use, the wait starts again. */
  function wake(): void {
    lastActivity.value = Date.now()
    phase.value = 'active'
  }

  return { phase, secondsLeft, lastActivity, activity, wake }
})
