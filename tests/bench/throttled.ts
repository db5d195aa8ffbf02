/**
 * The kiosk on old hardware: the same taps (and home load) again with the renderer's CPU
 * slowed 4× (CDP Emulation.setCPUThrottlingRate), as a Celeron hall PC might run them.
 */
import type { Page } from '@playwright/test'
import type { Core } from '../../electron/core/core'
import type { CallMeter } from './calls'
import { reportTaps, slowest, type Report } from './tap-report'
import { homeVsEmpty } from './ui-load'
import { periodChanges, searches, sectionSwitches } from './ui-taps'

/** Section switch p95 (bridge-free) a 4× slower PC must still meet. */
const SECTION_LIMIT_MS = 200

const round = (v: number, digits: number) => Number(v.toFixed(digits))

/** Runs the tap figures under 4× CPU throttling, suffixed `_cpu4x`; throttling is lifted after. */
export async function throttledRun(
  page: Page,
  routes: ReadonlyArray<[string, string]>,
  meter: CallMeter,
  core: Core,
  report: Report,
  note: (text: string) => void,
): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  try {
    const diag: Report = (name, value, unit) => report(name, value, unit, 'diagnostic', true)
    const home = await homeVsEmpty(page, 5, core)
    const ratio = home.homeBridgeFree / home.empty
    report('home_ratio_bridge_free_cpu4x', round(ratio, 2), 'x', 'diagnostic', true)
    // The same taps as the full-speed figure (three rounds of every tile and back), so the two
    // p95s are of the same thing; the cold figure below is the first round after a fresh start.
    const section = await sectionSwitches(page, routes, 3, meter)
    reportTaps(
      (name, value, unit, target, ok) =>
        name.endsWith('renderer_p95')
          ? report(name, value, unit, target, ok)
          : diag(name, value, unit, target, ok),
      'tap_section_cpu4x',
      section,
      SECTION_LIMIT_MS,
    )
    const cold = await sectionSwitches(page, routes, 1, meter, false)
    reportTaps(diag, 'tap_section_cold_cpu4x', cold, SECTION_LIMIT_MS)
    reportTaps(diag, 'tap_period_cpu4x', await periodChanges(page, 1, meter), SECTION_LIMIT_MS)
    reportTaps(
      diag,
      'tap_search_cpu4x',
      await searches(page, ['xl', 'cwgk'], meter),
      SECTION_LIMIT_MS,
    )
    note(`cpu4x: ${section.length} section taps; slowest ${slowest(section)}`)
    note(`cpu4x right after start: slowest ${slowest(cold)}`)
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
    await cdp.detach()
  }
}
