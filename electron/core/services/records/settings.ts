/** The kiosk's settings, changed by the admin only and validated by the same schema as reads. */
import type { HandlerGroup } from '../../api/handlers'
import { actorOf } from './workflow'

export const settingsHandlers: HandlerGroup<'settings.save'> = {
  'settings.save': async (settings, ctx) => {
    await ctx.store.commit({
      actor: actorOf(ctx),
      action: 'settings.save',
      entity: 'settings',
      id: 'settings',
      puts: [{ coll: 'settings', id: 'settings', value: settings }],
    })
    return settings
  },
}
