/**
 * The Playwright bridge: the built renderer in Debian's Chromium, with `window.village`
 * routed over exposeBinding to the real core on a temp data folder. Same API as the preload.
 */
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, resolve } from 'node:path'
import type { Browser } from '@playwright/test'
import { fail } from '../../../contract/result'
import { openCore, type CoreOptions } from '../../../electron/core/core'
import { RESTARTING_MESSAGE } from '../../../electron/core/host/protocol'
import { attachmentForUrl } from '../../../electron/core/services/attachments/paths'
import { ALTERED, readServed } from '../../../electron/core/services/attachments/serve'
import { drivesRootFor, exportDirFor } from './drives'
import { TEST_NOW, type Host } from './types'

export const APP_ORIGIN = 'http://kiosk.test'
const RENDERER = resolve('out/renderer')
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
}

export async function launchBridge(
  browser: Browser,
  dataDir: string,
  viewport: { width: number; height: number },
  village: 'demo' | 'empty' = 'demo',
  /** More core options, e.g. township mode's inbox folder. */
  extra: Partial<CoreOptions> = {},
  /**
   * Serve the renderer at APP_ORIGIN through Playwright's routing (the e2e specs). The
   * benchmark serves its own pages over HTTP instead: routing turns off Chromium's HTTP cache,
   * and with it the V8 code cache Electron keeps for app:// (registered with codeCache).
   */
  { serveApp = true }: { serveApp?: boolean } = {},
): Promise<Host> {
  let now = Date.parse(TEST_NOW)
  // A simulated restart of core's process: `downFor` ms from the next call on.
  let downUntil = 0
  let downFor = 0
  const start = () =>
    openCore({
      dir: dataDir,
      demo: village === 'demo',
      now: () => new Date(now),
      drives: { root: drivesRootFor(dataDir), exportDir: exportDirFor(dataDir) },
      ...extra,
    })
  let core = await start()
  const context = await browser.newContext({
    viewport,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  })
  const page = await context.newPage()
  const caller = `page:${Math.random().toString(36).slice(2)}`

  if (serveApp)
    await context.route(`${APP_ORIGIN}/**`, async (route) => {
      const url = new URL(route.request().url())
      // Stored files, by the same strict rule as app:// in Electron.
      if (url.pathname.startsWith('/attachments/')) {
        const found = attachmentForUrl(dataDir, url.pathname)
        if (!found) return route.fulfill({ status: 403 })
        const read = await readServed(found)
        return read.ok
          ? route.fulfill({ status: 200, body: read.data, contentType: found.mime })
          : route.fulfill({
              status: read.status,
              body: read.status === 409 ? ALTERED : 'not found',
            })
      }
      const rel =
        normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '') || 'index.html'
      const file = join(RENDERER, rel)
      if (!file.startsWith(RENDERER)) return route.fulfill({ status: 403 })
      try {
        const body = await readFile(file)
        await route.fulfill({
          status: 200,
          body,
          contentType: MIME[extname(file)] ?? 'application/octet-stream',
        })
      } catch {
        await route.fulfill({ status: 404, body: 'not found' })
      }
    })
  await context.exposeBinding(
    '__villageInvoke',
    async (_source, method: unknown, input: unknown) => {
      if (downFor > 0) {
        downUntil = Date.now() + downFor
        downFor = 0
      }
      if (Date.now() < downUntil) return fail('RESTARTING', RESTARTING_MESSAGE)
      return core.invoke(method, input, caller)
    },
  )
  const push = (seq: number) => {
    void page
      .evaluate((s) => window.dispatchEvent(new CustomEvent('village-changed', { detail: s })), seq)
      .catch(() => {})
  }
  let off = core.onChanged(push)
  await context.addInitScript(() => {
    type Invoke = (m: unknown, i: unknown) => Promise<unknown>
    const w = window as unknown as { __villageInvoke: Invoke; village: unknown }
    w.village = Object.freeze({
      invoke: (method: unknown, input: unknown) => w.__villageInvoke(method, input),
      onChanged(listener: (seq: number) => void) {
        const h = (e: Event) => listener((e as CustomEvent<number>).detail)
        window.addEventListener('village-changed', h)
        return () => window.removeEventListener('village-changed', h)
      },
    })
  })
  return {
    name: 'bridge',
    page,
    dataDir,
    get core() {
      return core
    },
    async restart() {
      off()
      await core.close()
      core = await start()
      off = core.onChanged(push)
    },
    setNow: (iso) => {
      now = Date.parse(iso)
    },
    restartCore: (ms) => {
      downFor = ms
    },
    async close() {
      off()
      await context.close()
      await core.close()
    },
  }
}
