/**
 * The benchmark's browser: Debian's Chromium through the Playwright bridge (the same host the
 * e2e specs use) on the ten-year folder, plus the empty Vue page served beside it.
 */
import { cp, readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { existsSync } from 'node:fs'
import { extname, join, normalize, resolve } from 'node:path'
import vue from '@vitejs/plugin-vue'
import { chromium, type Browser } from '@playwright/test'
import { build } from 'vite'
import { launchBridge } from '../e2e/hosts/bridge'
import type { Host } from '../e2e/hosts/types'

const EMPTY_SRC = resolve(import.meta.dirname, 'empty-app')

/** Builds the empty page with the kiosk renderer's settings (Vue plugin, minified, no inlining). */
export async function buildEmptyPage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: EMPTY_SRC,
    base: './',
    logLevel: 'silent',
    plugins: [vue()],
    build: { outDir, emptyOutDir: true, minify: true, assetsInlineLimit: 0, sourcemap: false },
  })
}

/**
 * Copies the built renderer aside, so a rebuild of out/ while the benchmark runs (another
 * terminal, a watcher) cannot swap files under it; retries until index.html's assets exist.
 */
export async function snapshotRenderer(to: string): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await cp(resolve('out/renderer'), to, { recursive: true, force: true })
    const html = await readFile(join(to, 'index.html'), 'utf8')
    const refs = [...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1]!)
    if (refs.every((r) => existsSync(join(to, r)))) return
    await new Promise((r) => setTimeout(r, 1000))
  }
  throw new Error('bench: out/renderer 一直在变动，无法取得完整的构建')
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
}

/**
 * Serves a folder over HTTP on localhost. Both pages are served this way, so loading them
 * costs what it would from Electron's app:// handler, not a Playwright round trip per file;
 * only window.village goes over the bridge (exposeBinding), as in the e2e specs.
 */
async function serveStatic(root: string): Promise<{ origin: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const file = join(root, normalize(path).replace(/^[/\\]+/, '') || 'index.html')
    readFile(file).then(
      (body) => {
        res.writeHead(200, {
          'content-type': MIME[extname(file)] ?? 'application/octet-stream',
          // Built assets carry a content hash in their names, as Electron's app:// serves them
          // from the installed app: cached for good, so Chromium keeps their compiled code (V8's
          // code cache), as Electron does for app:// (codeCache). The page itself is asked again.
          'cache-control': path.includes('/assets/')
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        })
        res.end(body)
      },
      () => {
        res.writeHead(404)
        res.end()
      },
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

let paintWaiter: ((ms: number) => void) | null = null

/** Resolves with the next page's painted time (navigation start = 0) as the probe reports it. */
export function nextPaint(timeoutMs = 60_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('bench: 页面没有画出来')), timeoutMs)
    paintWaiter = (ms) => {
      clearTimeout(timer)
      paintWaiter = null
      resolve(ms)
    }
  })
}

/** Where the two pages are served in this run (set by launchBenchBrowser). */
export const origins = { app: '', empty: '' }

/**
 * Marks when a screen's content is in the DOM and the frame after it was painted, and reports
 * the time through a binding: polling for it from Playwright (waitForFunction) would compile
 * Playwright's injected script in the page (~10 ms) right while the home is being drawn, a
 * cost the kiosk under Electron never has and the empty page, already drawn by then, escapes.
 */
function readyProbe(): void {
  const w = window as unknown as {
    __benchSeen?: boolean
    __benchPaint?: (ms: number) => void
  }
  const sel = '[data-testid=home-income], [data-testid=empty-ready]'
  const obs = new MutationObserver(() => {
    if (w.__benchSeen || !document.querySelector(sel)) return
    w.__benchSeen = true
    obs.disconnect()
    requestAnimationFrame(() => setTimeout(() => w.__benchPaint?.(performance.now())))
  })
  obs.observe(document, { childList: true, subtree: true })
}

export interface BenchBrowser {
  browser: Browser
  host: Host
  close(): Promise<void>
}

/** Launches Chromium, the bridge over `dir` (kiosk from `appDir`), and the built empty page. */
export async function launchBenchBrowser(
  dir: string,
  appDir: string,
  emptyDir: string,
): Promise<BenchBrowser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
  // tsx (esbuild, keepNames) wraps named functions in __name(); functions Playwright ships
  // into the page (the bridge's init script, our probes) need that helper defined there too.
  const shimmed = {
    newContext: async (options?: Parameters<Browser['newContext']>[0]) => {
      const context = await browser.newContext(options)
      await context.addInitScript('globalThis.__name = (fn) => fn')
      return context
    },
  } as unknown as Browser
  const host = await launchBridge(
    shimmed,
    dir,
    { width: 1920, height: 1080 },
    'empty',
    // Core's own daily records check (its first run five minutes after start) would land in
    // the middle of some later figure; it is no tap, and the bench measures taps.
    { recordsWatch: false },
    { serveApp: false },
  )
  const context = host.page.context()
  const app = await serveStatic(appDir)
  const empty = await serveStatic(emptyDir)
  origins.app = app.origin
  origins.empty = empty.origin
  await context.exposeBinding('__benchPaint', (_source, ms: number) => paintWaiter?.(ms))
  await context.addInitScript(readyProbe)
  return {
    browser,
    host,
    async close() {
      await host.close()
      await browser.close()
      await app.close()
      await empty.close()
    },
  }
}
