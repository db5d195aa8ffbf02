/**
 * Several screens checked by one kiosk, one after another. A fresh kiosk (core, browser context,
 * first load) costs more than one screen's touch check, so the accessibility specs share one
 * among a few screens. Each screen still gets its own page load and its own checks, and every
 * screen that fails is named, not only the first.
 */
import { expect, test } from '@playwright/test'
import type { Kiosk } from '../fixtures'

/** Screens per kiosk: enough to save the set-up, few enough that both workers stay busy. */
export const PER_KIOSK = 6

/** `list` cut into runs of `size`, in order. */
export function inGroups<T>(list: readonly T[], size = PER_KIOSK): T[][] {
  const out: T[][] = []
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size))
  return out
}

/** Runs `check` for each screen as its own step; fails at the end listing every screen that failed. */
export async function checkInTurn<T extends { name: string }>(
  screens: readonly T[],
  label: string,
  check: (screen: T) => Promise<void>,
): Promise<void> {
  test.setTimeout(screens.length * 30_000)
  const failures: string[] = []
  for (const screen of screens) {
    await test.step(screen.name, async () => {
      try {
        await check(screen)
      } catch (e) {
        failures.push(`${screen.name}: ${e instanceof Error ? e.message : String(e)}`)
      }
    })
  }
  expect(failures, `screens that failed (${label})`).toEqual([])
}

/**
 * Opens the next screen of a shared kiosk. A form the last screen typed into asks before it is
 * left (use-leave-guard), as it would for a cadre: answered 不保存，离开, so each screen starts
 * from its own route. Waits until the router shows the route or the question is on screen.
 */
export async function openScreen(kiosk: Kiosk, route: string): Promise<void> {
  await kiosk.open(route)
  const page = kiosk.page
  const settled = () =>
    page.evaluate(() => {
      if (document.querySelector('[data-testid=leave-confirm]')) return 'asked'
      type Mounted = { __vue_app__?: { config: { globalProperties: Record<string, unknown> } } }
      const app = (document.querySelector('#app') as Mounted | null)?.__vue_app__
      const router = app?.config.globalProperties.$router as
        { currentRoute: { value: { fullPath: string } } } | undefined
      const want = decodeURI(location.hash.slice(1) || '/')
      return router?.currentRoute.value.fullPath === want ? 'shown' : ''
    })
  await expect.poll(settled).not.toBe('')
  if ((await settled()) !== 'asked') return
  await page.getByTestId('leave-go').click()
  await expect.poll(settled).toBe('shown')
}
