import type { HandlerGroup } from '../api/handlers'

/** The journal checkpoint is public (it is printed on every 公开表); alerts are for cadres. */
export const systemHandlers: HandlerGroup<'system.checkpoint' | 'system.alerts'> = {
  'system.checkpoint': (_input, { store }) => store.head(),
  'system.alerts': (_input, { store }) => store.alerts(),
}
