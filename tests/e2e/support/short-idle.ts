/**
 * The idle time cut to 30 s straight in core's store, as specs that walk away from the kiosk
 * need (the settings screen refuses less than the lawful minimum a real admin may type).
 * Only on the bridge host, where core runs in the test process: a spec skips itself elsewhere.
 */
import { test, type Kiosk } from '../fixtures'

export async function shortIdle(kiosk: Kiosk, idleSeconds = 30): Promise<void> {
  const core = kiosk.host.core
  test.skip(!core, 'needs the core in the test process (bridge host)')
  const settings = core!.store.get('settings', 'settings')
  await core!.store.commit({
    actor: null,
    action: 'test.settings',
    entity: 'settings',
    id: 'settings',
    puts: [{ coll: 'settings', id: 'settings', value: { ...settings, idleSeconds } }],
  })
}
