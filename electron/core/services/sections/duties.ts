/** 常年工作: the year-round duties with their status, last action and who is responsible. */
import { DUTY_NAMES } from '../../../../contract'
import type { Duty, DutyView } from '../../../../contract'
import type { HandlerGroup } from '../../api/handlers'
import type { Store } from '../../store/types'
import { memberView } from '../village'
import { currentPublished } from './records'

const rank = (name: string) => {
  const i = (DUTY_NAMES as readonly string[]).indexOf(name)
  return i < 0 ? DUTY_NAMES.length : i
}

/** A duty with its responsible member as the public sees members (phone masked). */
export function dutyView(store: Store, d: Duty): DutyView {
  const member = store.get('members', d.memberId)
  return {
    id: d.id,
    name: d.name,
    status: d.statusText,
    lastActionDate: d.lastActionDate,
    lastAction: d.lastAction,
    responsible: member ? memberView(member) : null,
  }
}

/** Handler of the year-round duties, in the cadres' order. */
export const dutyHandlers: HandlerGroup<'people.duties'> = {
  'people.duties': (_input, { store }) =>
    currentPublished(store, 'duties')
      .sort((a, b) => a.order - b.order || rank(a.name) - rank(b.name) || a.id.localeCompare(b.id))
      .map((d) => dutyView(store, d)),
}
