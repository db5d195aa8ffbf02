/**
 * Tap-to-paint: from the pointerdown of a real (Playwright) tap to the first frame painted
 * after the expected content is visible, measured inside the page.
 */
import type { Page } from '@playwright/test'
import { origins } from './browser'
import type { CallMeter, TapCost } from './calls'

/** One tap: tap → paint through the bridge, and (with a meter) what its calls cost. */
export interface TapSample {
  ms: number
  cost?: TapCost
  /** What the tap waited for (the screen's ready selector). */
  ready: string
}

type TapWindow = { __tap?: Promise<number> }

/** Arms the in-page timer, taps, and returns the milliseconds until `ready` was painted. */
export async function tapToPaint(
  page: Page,
  tap: () => Promise<void>,
  ready: string,
  meter?: CallMeter,
): Promise<TapSample> {
  if (meter) await meter.start(page)
  await page.evaluate((sel) => {
    const w = window as unknown as TapWindow
    w.__tap = new Promise<number>((resolve) => {
      let t0 = -1
      addEventListener('pointerdown', (e) => (t0 = e.timeStamp), { capture: true, once: true })
      const visible = () => {
        const el = document.querySelector(sel)
        return !!el && el.getClientRects().length > 0
      }
      const armed = performance.now()
      const tick = () => {
        if (t0 >= 0 && visible()) {
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)))
        } else if (performance.now() - armed > 30_000) resolve(Number.NaN)
        else requestAnimationFrame(tick)
      }
      requestAnimationFrame(tick)
    })
  }, ready)
  await tap()
  const ms = await page.evaluate(() => (window as unknown as TapWindow).__tap!)
  if (Number.isNaN(ms)) throw new Error(`bench: 点了之后 30 秒内没有出现 ${ready}`)
  // Let the screen's late calls (after the first paint) land before they are counted.
  if (meter) await page.waitForTimeout(50)
  return { ms, cost: meter ? await meter.stop(page) : undefined, ready }
}

/** Opens a route in the app (loading the app first if the page shows something else). */
async function go(page: Page, route: string, ready: string): Promise<void> {
  if (page.url().startsWith(origins.app)) await page.evaluate((r) => (location.hash = r), route)
  else await page.goto(`${origins.app}/index.html#${route}`)
  await page.locator(ready).first().waitFor({ timeout: 60_000 })
}

/**
 * Taps every home tile (and back home) `rounds` times. `settled` (the kiosk as villagers find
 * it, standing at home since it started): first waits until the home screen has fetched every
 * tile's code and first answer (<html data-prefetched>). Otherwise the app is loaded afresh and
 * tapped at once, the first villager in the second after start.
 */
export async function sectionSwitches(
  page: Page,
  routes: ReadonlyArray<[string, string]>,
  rounds = 3,
  meter?: CallMeter,
  settled = true,
): Promise<TapSample[]> {
  const screens = new Map(routes)
  if (!settled) await page.goto(`${origins.empty}/index.html`)
  await page.goto(`${origins.app}/index.html#/`)
  await page.getByTestId('home').waitFor()
  if (settled) await page.locator('html[data-prefetched]').waitFor({ state: 'attached' })
  const tiles = await page.$$eval('[data-testid^=tile-]', (els) =>
    els.map((e) => [
      e.getAttribute('data-testid') ?? '',
      (e.getAttribute('href') ?? '').replace(/^#/, ''),
    ]),
  )
  const out: TapSample[] = []
  for (let r = 0; r < rounds; r++) {
    for (const [testid, route] of tiles) {
      const ready = screens.get(route!)
      if (!ready) continue
      out.push(await tapToPaint(page, () => page.getByTestId(testid!).click(), ready, meter))
      out.push(
        await tapToPaint(
          page,
          () => page.getByTestId('back').first().click(),
          '[data-testid=home]',
          meter,
        ),
      )
    }
  }
  return out
}

/** Taps each month (or quarter) of the latest years in the period picker. */
export async function periodChanges(
  page: Page,
  years = 3,
  meter?: CallMeter,
): Promise<TapSample[]> {
  await go(page, '/finance', '[data-testid=sheet]')
  const yearList = await page.$$eval('[data-testid=period-year]', (els) =>
    els.map((e) => e.getAttribute('data-year') ?? ''),
  )
  const out: TapSample[] = []
  for (const year of yearList.slice(0, years)) {
    await page.locator(`[data-testid=period-year][data-year="${year}"]`).click()
    const periods = await page.$$eval('[data-testid=period-option]', (els) =>
      els.map((e) => e.getAttribute('data-period') ?? ''),
    )
    for (const p of periods) {
      const opt = page.locator(`[data-testid=period-option][data-period="${p}"]`)
      const ready = `[data-testid=sheet][data-period="${p}"]`
      out.push(await tapToPaint(page, () => opt.click(), ready, meter))
    }
  }
  return out
}

/** Types pinyin initials on the on-screen keyboard, one tap per letter. */
export async function searches(
  page: Page,
  queries = ['xl', 'gc', 'db', 'cwgk', 'nt', 'zz'],
  meter?: CallMeter,
): Promise<TapSample[]> {
  const out: TapSample[] = []
  await go(page, '/search', '[data-testid=keyboard]')
  for (const q of queries) {
    // 清空 on the keyboard (simple-keyboard names its buttons by data-skbtn).
    await page.locator('[data-testid=keyboard] [data-skbtn="{clear}"]').click()
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid=search-input]') as HTMLInputElement | null)?.value ===
        '',
    )
    for (let i = 1; i <= q.length; i++) {
      const key = page.getByTestId('keyboard').getByRole('button', { name: q[i - 1]!, exact: true })
      out.push(
        await tapToPaint(
          page,
          () => key.click(),
          `[data-testid=search-results][data-q="${q.slice(0, i)}"]`,
          meter,
        ),
      )
    }
  }
  return out
}
