import { CORRECTED_DETAIL_SCREENS, CORRECTED_SCREENS } from '../support/corrected-screens'
import { PUBLIC_SCREENS } from '../support/public-screens'
import type { Shot } from './types'

const ALREADY = new Set(['home', 'finance', 'entry-detail'])

/**
 * The public sections of the full kiosk (issue 3) for `npm run shots`: each screen is reached
 * by route after the 大字模式 toggle (set on home), so both modes are pictured.
 */
export const sectionShots: Shot[] = [
  ...PUBLIC_SCREENS,
  ...CORRECTED_SCREENS,
  ...CORRECTED_DETAIL_SCREENS,
]
  .filter((s) => !ALREADY.has(s.name))
  .map((s) => ({
    name: s.name,
    public: true,
    ready: s.ready,
    prepare: async (kiosk) => {
      const route = await s.route(kiosk)
      await kiosk.page.evaluate((r) => (location.hash = r), route)
      await s.after?.(kiosk)
    },
  }))
