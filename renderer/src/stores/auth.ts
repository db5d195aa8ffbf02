import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { SessionUser, SetupStatus } from '../../../contract'
import { asProblem, call, onSessionLost, type ApiProblem } from '../api'
import { onKioskReset } from '../composables/kiosk-reset'
import { t } from '../i18n'

/**
 * Who is logged in, as core says (the session lives in core; this only mirrors it for the
 * screen). Walking away logs out: the kiosk's idle reset ends the session like any typed input.
 */
export const useAuthStore = defineStore('auth', () => {
  const user = ref<SessionUser | null>(null)
  const setup = shallowRef<SetupStatus | null>(null)
  /** A word for the login screen after an automatic logout (idle, expired session). */
  const notice = ref('')
  /** Set when the last login or logout failed in a way the screen should show. */
  const problem = shallowRef<ApiProblem | null>(null)
  /**
   * Core's words when the session ended while the cadre was still working (two hours up, core
   * restarted): the workspace asks for the same person's PIN over the open form, so nothing
   * typed is lost. Empty while the session is fine.
   */
  const lapsed = ref('')
  onSessionLost((message) => {
    if (user.value) lapsed.value = message
  })

  /** Asks core who the session belongs to; null when nobody (or the session ran out). */
  async function check(): Promise<SessionUser | null> {
    const was = user.value
    try {
      user.value = await call('auth.me', {})
    } catch {
      user.value = null
    }
    // Core ended it (idle, or two hours after the login): the login screen says so.
    if (was && !user.value) notice.value = t('auth.login.expired')
    return user.value
  }

  /** Logs in; on refusal keeps core's words in `problem` and returns null. */
  async function login(name: string, password: string): Promise<SessionUser | null> {
    problem.value = null
    try {
      const r = await call('auth.login', { name, password })
      user.value = r.user
      notice.value = ''
      lapsed.value = ''
      return r.user
    } catch (e) {
      problem.value = asProblem(e)
      return null
    }
  }

  /** Ends the session core-side; the screen forgets the user even if core cannot be reached. */
  async function logout(why = ''): Promise<void> {
    user.value = null
    lapsed.value = ''
    notice.value = why
    try {
      await call('auth.logout', {})
    } catch {
      // Nothing to do: an unreachable core has no session to keep either.
    }
  }

  /**
   * Core ended the session on purpose (a restore ends everyone's): forget the user without a
   * PIN dialog, so the next screen is the login with `why` on it, not "登录已过期" over a form.
   */
  function ended(why: string): void {
    user.value = null
    lapsed.value = ''
    problem.value = null
    notice.value = why
  }

  /** Whether the village still needs its first-run setup (asked once, then on demand). */
  let asking: Promise<SetupStatus | null> | null = null
  async function setupStatus(fresh = false): Promise<SetupStatus | null> {
    if (setup.value && !fresh) return setup.value
    // Asked at start-up beside the other first calls; the route guard then waits for that answer.
    if (asking && !fresh) return asking
    const ask = call('setup.status', {}).then(
      (s) => (setup.value = s),
      () => (setup.value = null),
    )
    asking = ask.finally(() => {
      if (asking === ask) asking = null
    })
    return ask
  }

  /** After setup.begin: logged in as the new admin, setup no longer needed. */
  function setUp(u: SessionUser): void {
    user.value = u
    setup.value = { needsSetup: false, isDemo: false, mode: 'kiosk' }
  }

  onKioskReset({
    reset: () => {
      if (user.value) void logout()
      // A word left on the login screen (a restore done, a session ended) is not the next
      // person's: days later it would read as news.
      notice.value = ''
    },
    dirty: () => user.value !== null,
  })

  return {
    user,
    setup,
    notice,
    problem,
    lapsed,
    role: computed(() => user.value?.role ?? null),
    check,
    login,
    logout,
    ended,
    setupStatus,
    setUp,
  }
})
