/** The public 村干部 page and the kiosk settings: who serves, how to reach them (masked). */
import { BODIES } from '../../../contract'
import type { Member, MemberView, VillageProfile } from '../../../contract'
import type { HandlerGroup } from '../api/handlers'
import { settingsOf } from './records/settings-read'
import { maskPhone } from './mask'

/** Shown on a fresh install before the profile is entered, so the kiosk still starts. */
export const EMPTY_PROFILE: VillageProfile = {
  name: '',
  township: '',
  county: '',
  city: '',
  province: '',
  households: 0,
  population: 0,
  groups: 0,
  isDemo: false,
}

/** 党组织, then 村委会, then 监委会; within each by the order cadres set, then by name. */
export function compareMembers(a: Member, b: Member): number {
  return (
    BODIES.indexOf(a.body) - BODIES.indexOf(b.body) ||
    a.order - b.order ||
    a.name.localeCompare(b.name, 'zh-CN')
  )
}

/** A member as the public sees them: the phone masked, nothing else stored leaks. */
export function memberView(m: Member): MemberView {
  return {
    id: m.id,
    name: m.name,
    body: m.body,
    title: m.title,
    duties: m.duties,
    officeHours: m.officeHours,
    phoneMasked: maskPhone(m.phone),
  }
}

/** Handlers for the village profile and the settings the kiosk needs before anything else. */
export const villageHandlers: HandlerGroup<'village.get' | 'settings.get'> = {
  'village.get': (_input, { store }) => ({
    ...EMPTY_PROFILE,
    ...store.get('village', 'profile'),
    members: [...store.all('members')].sort(compareMembers).map(memberView),
  }),
  'settings.get': (_input, { store }) => settingsOf(store),
}
