/**
 * How much of a tap or a load is the test bridge's transport: the same API call asked for from
 * inside the page (over exposeBinding) and straight from core, medians of a few calls each.
 */
import type { Page } from '@playwright/test'
import type { PeriodSummary } from '../../contract'
import type { Core } from '../../electron/core/core'
import { median } from './stats'

/** Milliseconds of one call in the page and in core, medians of `runs`. */
async function timeBoth(
  page: Page,
  core: Core,
  method: string,
  input: unknown,
  runs = 7,
): Promise<{ page: number; core: number }> {
  const inPage: number[] = []
  const inCore: number[] = []
  for (let i = 0; i < runs; i++) {
    inPage.push(
      await page.evaluate(
        async ([m, inp]) => {
          const v = (
            window as unknown as { village: { invoke(m: string, i: unknown): Promise<unknown> } }
          ).village
          const t = performance.now()
          await v.invoke(m, inp)
          return performance.now() - t
        },
        [method, input] as const,
      ),
    )
    const t = performance.now()
    await core.invoke(method, input, 'bench')
    inCore.push(performance.now() - t)
  }
  return { page: median(inPage), core: median(inCore) }
}

/** The home screen's one call, and the busiest month's sheet. */
export async function bridgeTransport(
  page: Page,
  core: Core,
): Promise<{ home: { page: number; core: number }; sheet: { page: number; core: number } }> {
  const r = await core.invoke('ledger.periods', {}, 'bench')
  const list = (r.ok ? r.data : []) as PeriodSummary[]
  const period = [...list].sort((a, b) => b.entryCount - a.entryCount)[0]?.key
  if (!period) throw new Error('bench: 没有已公开的账目')
  return {
    home: await timeBoth(page, core, 'home.summary', {}),
    sheet: await timeBoth(page, core, 'ledger.sheet', { period }),
  }
}
