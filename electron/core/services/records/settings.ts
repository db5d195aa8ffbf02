/** The kiosk's settings, changed by the admin only and validated by the same schema as reads. */
import type { HandlerGroup } from '../../api/handlers'
import { villageToday } from '../sections/days'
import { settingsOf } from './settings-read'
import { assertCanGoQuarterly } from '../ledger-admin/sheets'
import { actorOf } from './workflow'

export const settingsHandlers: HandlerGroup<'settings.save'> = {
  'settings.save': async (settings, ctx) => {
    const { store } = ctx
    // Going quarterly is checked against the months the clerk opened, then and at the commit.
    const quarterly = () => {
      const was = settingsOf(store).periodMode
      if (was === 'month' && settings.periodMode === 'quarter') {
        assertCanGoQuarterly(store, villageToday(ctx.now()))
      }
    }
    quarterly()
    await store.commit({
      actor: actorOf(ctx),
      action: 'settings.save',
      entity: 'settings',
      id: 'settings',
      puts: [{ coll: 'settings', id: 'settings', value: settings }],
      recheck: quarterly,
    })
    return settings
  },
}
