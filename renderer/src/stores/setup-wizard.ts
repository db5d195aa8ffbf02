import { defineStore } from 'pinia'
import { reactive, ref } from 'vue'
import type { Body } from '../../../contract'
import { onKioskReset } from '../composables/kiosk-reset'

/** One 村干部 as typed in the first-run wizard. */
export interface DraftMember {
  name: string
  body: Body
  title: string
}

export type SetupStep = 'village' | 'members' | 'admin' | 'confirm'
export const SETUP_STEPS: SetupStep[] = ['village', 'members', 'admin', 'confirm']

/**
 * What the first-run wizard has collected, sent to core once at the end. Walking away clears
 * it, so a half-typed admin password never waits on the screen for the next person.
 */
export const useSetupWizardStore = defineStore('setupWizard', () => {
  const village = reactive({ name: '', township: '', county: '' })
  const members = ref<DraftMember[]>([])
  const admin = reactive({ name: '', password: '', repeat: '' })
  const step = ref<SetupStep>('village')
  /** Problems by core's dotted field path (e.g. 'village.name'), shown next to each field. */
  const errors = ref<Record<string, string>>({})

  function addMember(m: DraftMember): void {
    members.value.push(m)
  }

  function removeMember(i: number): void {
    members.value.splice(i, 1)
  }

  function reset(): void {
    Object.assign(village, { name: '', township: '', county: '' })
    Object.assign(admin, { name: '', password: '', repeat: '' })
    members.value = []
    step.value = 'village'
    errors.value = {}
  }

  onKioskReset({
    reset,
    dirty: () => !!(village.name || members.value.length || admin.password),
  })

  return { village, members, admin, step, errors, addMember, removeMember, reset }
})

/** The step where a field error (core's dotted path) must be shown. */
export function stepOf(path: string): SetupStep {
  if (path.startsWith('village')) return 'village'
  if (path.startsWith('members')) return 'members'
  return 'admin'
}
