/**
 * One fixture for every spec: picks the host (real Electron where its binary exists,
 * otherwise the Chromium bridge), gives each test a fresh temp data folder, and fails the
 * test on any page error or console error.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'
import type { Input, Method, Output, Result } from '../../contract'
import type { CoreOptions } from '../../electron/core/core'
import { APP_ORIGIN, launchBridge } from './hosts/bridge'
import { drivesRootFor, exportDirFor, registerDrives } from './hosts/drives'
import { electronBinary, launchElectron } from './hosts/electron'
import type { Host } from './hosts/types'

export interface Kiosk {
  host: Host
  page: Page
  /** Opens a route of the app, e.g. '/' or '/finance'. */
  open(route?: string): Promise<void>
  /** Calls the API from inside the page, exactly as the UI does. Throws on an error result. */
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>
  /** Same, returning the raw Result (for refusal tests). */
  raw<M extends Method>(method: M, input: Input<M>): Promise<Result<Output<M>>>
  errors: string[]
}

export interface KioskOptions {
  orientation: 'landscape' | 'portrait'
  /** 'demo' seeds the demo village on first start (as `npm start` does); 'empty' starts blank. */
  village: 'demo' | 'empty'
  /** Extra core options for the bridge, e.g. `{ townshipInbox }` for the 乡镇汇总 console. */
  coreOptions: Partial<CoreOptions>
}

/** Resolves once the kiosk's router has finished its first navigation (runs in the page). */
function routerReady(): Promise<void> | undefined {
  type Mounted = { __vue_app__?: { config: { globalProperties: Record<string, unknown> } } }
  const app = (document.querySelector('#app') as Mounted | null)?.__vue_app__
  const router = app?.config.globalProperties.$router as { isReady(): Promise<void> } | undefined
  return router?.isReady()
}

export const test = base.extend<{ kiosk: Kiosk } & KioskOptions>({
  orientation: ['landscape', { option: true }],
  village: ['demo', { option: true }],
  coreOptions: [{}, { option: true }],
  kiosk: async ({ browser, orientation, village, coreOptions }, use, testInfo) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'kiosk-e2e-'))
    await mkdir(drivesRootFor(dataDir))
    const viewport =
      orientation === 'portrait' ? { width: 1080, height: 1920 } : { width: 1920, height: 1080 }
    const binary = electronBinary()
    const host = binary
      ? await launchElectron(binary, dataDir, viewport, village)
      : await launchBridge(browser, dataDir, viewport, village, coreOptions)
    const page = host.page
    registerDrives(page, dataDir)
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`))
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console.error: ${m.text()}`)
    })
    const raw = <M extends Method>(method: M, input: Input<M>) =>
      page.evaluate(
        ([m, i]) =>
          (
            window as unknown as { village: { invoke(m: unknown, i: unknown): Promise<unknown> } }
          ).village.invoke(m, i),
        [method, input] as const,
      ) as Promise<Result<Output<M>>>
    const kiosk: Kiosk = {
      host,
      page,
      errors,
      async open(route = '/') {
        if (host.name === 'bridge') await page.goto(`${APP_ORIGIN}/index.html#${route}`)
        else await page.evaluate((r) => (location.hash = r), route)
        await page.waitForLoadState('domcontentloaded')
        // vue-router starts listening for hash changes only when its first navigation is done:
        // a second open() before that changed the address but left the old screen (a CI flake).
        await page.evaluate(routerReady)
      },
      raw,
      async call(method, input) {
        const r = await raw(method, input)
        if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`)
        return r.data
      },
    }
    await use(kiosk)
    await host.close()
    for (const dir of [
      dataDir,
      drivesRootFor(dataDir),
      exportDirFor(dataDir),
      `${dataDir}-secrets`,
      `${dataDir}-backups`,
      `${dataDir}-usb`,
    ]) {
      await rm(dir, { recursive: true, force: true })
    }
    expect(errors, `page errors in ${testInfo.title}`).toEqual([])
  },
})

export { expect }
