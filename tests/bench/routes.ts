/** Every public screen as [route, ready selector], ids taken from core: the e2e list, reused. */
import type { Core } from '../../electron/core/core'
import type { Kiosk } from '../e2e/fixtures'
import { PUBLIC_SCREENS } from '../e2e/support/public-screens'

/** A stand-in for the e2e fixture: only `call` is used by the screens' route builders. */
function kioskOver(core: Core): Kiosk {
  const call = async (method: string, input: unknown) => {
    const r = await core.invoke(method, input, 'bench-routes')
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
    return r.data
  }
  return { call } as unknown as Kiosk
}

/** Screens reachable by route alone (those needing taps after opening are left out). */
export async function navigationRoutes(core: Core): Promise<Array<[string, string]>> {
  const kiosk = kioskOver(core)
  const out: Array<[string, string]> = []
  for (const s of PUBLIC_SCREENS) if (!s.after) out.push([await s.route(kiosk), s.ready])
  return out
}
