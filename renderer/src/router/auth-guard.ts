/**
 * The guard in front of the cadre workspace. It only decides what to show; core checks the
 * session and role again on every call. It names no workspace route: those are added on the
 * first visit (see admin-door.ts), so until then the guard sends to paths, not names.
 */
import type { Router } from 'vue-router'
import type { Role } from '../../../contract'
import { useAuthStore } from '../stores/auth'

declare module 'vue-router' {
  interface RouteMeta {
    /** Needs a logged-in cadre; `roles` narrows it further. */
    staff?: boolean
    roles?: readonly Role[]
  }
}

const STAFF: readonly Role[] = ['clerk', 'supervisor', 'admin']
/** The own-PIN form (admin-routes.ts' 'admin-password'). */
const OWN_PIN = '/admin/password'

/** Sends cadres to login, villagers of an unset village to setup, and a role to what it may see. */
export function installAuthGuard(router: Router): void {
  router.beforeEach(async (to) => {
    const auth = useAuthStore()
    // The 乡镇汇总 console has no village of its own to set up and no login. On a village kiosk
    // it has nothing to show, and a desk screen has no 回首页 and no idle reset: it leads home.
    if (to.meta.desk) return (await auth.setupStatus())?.mode === 'township' || { name: 'home' }
    if (to.matched.some((r) => r.meta.staff)) {
      const me = await auth.check()
      if (!me) return { name: 'login', query: { next: to.fullPath } }
      // A PIN an admin set is changed before anything else (core refuses the rest anyway).
      if (me.mustChoosePin) return to.path === OWN_PIN ? true : OWN_PIN
      const roles = to.matched.reduce<readonly Role[]>((acc, r) => r.meta.roles ?? acc, STAFF)
      if (!roles.includes(me.role)) return '/admin'
      return true
    }
    if (to.name === 'login' && (await auth.check())) return '/admin'
    const status = await auth.setupStatus(to.name === 'setup')
    if (to.name === 'setup') return status?.needsSetup ? true : { name: 'home' }
    if (status?.needsSetup && to.name !== 'login') return { name: 'setup' }
    return true
  })
}
