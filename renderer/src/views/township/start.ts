import type { Router } from 'vue-router'
import { useAuthStore } from '../../stores/auth'

/**
 * The first screen of an app started in township mode is the console, not the kiosk home. The
 * mode comes with the setup check start-up already asked for (one answer decides the first
 * screen); a core that cannot answer leaves the kiosk home, which says so itself.
 */
export function installTownshipStart(router: Router): void {
  let first = true
  router.beforeEach(async (to) => {
    if (!first) return true
    first = false
    if (to.path !== '/') return true
    const status = await useAuthStore().setupStatus()
    return status?.mode === 'township' ? { name: 'township' } : true
  })
}
