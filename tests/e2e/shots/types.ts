import type { Kiosk } from '../fixtures'

/** One screen for `npm run shots`: where to go and how to get there (taps or a route). */
export interface Shot {
  name: string
  route?: string
  /** Optional taps after opening the route (e.g. choose a period, log in). */
  prepare?: (kiosk: Kiosk) => Promise<void>
  /** CSS selector that must be visible before the picture is taken. */
  ready: string
  /** Public screens are also shot in 大字模式. */
  public: boolean
}
