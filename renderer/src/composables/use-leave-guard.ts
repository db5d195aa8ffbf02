/**
 * A cadre who taps 返回, 取消, another area or 退出登录 with a half-filled form is asked first:
 * one careless tap must not throw away a long 公示 list or a voucher's details. Leaves that are
 * not the cadre's choice pass without asking (the idle reset, the ten-minute logout, a restore
 * ending the session): each of those forgets the user before it moves, and a kiosk left alone
 * must never stay on a cadre's form waiting for an answer.
 */
import { onBeforeUnmount, shallowRef } from 'vue'
import { onBeforeRouteLeave, onBeforeRouteUpdate, type RouteLocationNormalized } from 'vue-router'
import { useAuthStore } from '../stores/auth'

/** The open question's answer function, or null when none is on screen (LeaveConfirm). */
export const leaveQuestion = shallowRef<((leave: boolean) => void) | null>(null)

const forms = new Set<() => boolean>()

/** True when a form on screen holds typing that was not saved. */
export function unsavedWork(): boolean {
  return [...forms].some((dirty) => dirty())
}

/** Shows the question and resolves with the cadre's choice: true to leave anyway. */
export function askToLeave(): Promise<boolean> {
  leaveQuestion.value?.(false)
  return new Promise((resolve) => {
    leaveQuestion.value = (leave) => {
      leaveQuestion.value = null
      resolve(leave)
    }
  })
}

/** The same question, asked only when something is unsaved; true when it is fine to go. */
export async function mayLeave(): Promise<boolean> {
  return unsavedWork() ? askToLeave() : true
}

const sameParams = (a: RouteLocationNormalized, b: RouteLocationNormalized): boolean =>
  JSON.stringify(a.params) === JSON.stringify(b.params)

/**
 * Guards the calling form (any component inside the admin RouterView): `dirty` says whether
 * it holds unsaved typing. A form clears it (takes a new snapshot) right after saving.
 */
export function useLeaveGuard(dirty: () => boolean): void {
  const auth = useAuthStore()
  const ask = (): true | Promise<boolean> => (auth.user && dirty() ? askToLeave() : true)
  forms.add(dirty)
  onBeforeUnmount(() => forms.delete(dirty))
  onBeforeRouteLeave(() => ask())
  // Another record on the same screen is a fresh form (the view is keyed by its params).
  onBeforeRouteUpdate((to, from) => (sameParams(to, from) ? true : ask()))
}

/** A snapshot of what a form holds, to compare the current state with. */
const snapshot = (value: unknown): string => JSON.stringify(value)

/**
 * The guard for a form whose whole state `read` returns: unsaved while it differs from what it
 * was when opened or at the last markSaved() (call it after loading a record and after saving).
 */
export function useUnsavedGuard(read: () => unknown): {
  markSaved: () => void
  unsaved: () => boolean
} {
  let kept = snapshot(read())
  const unsaved = (): boolean => snapshot(read()) !== kept
  useLeaveGuard(unsaved)
  return { markSaved: () => void (kept = snapshot(read())), unsaved }
}
