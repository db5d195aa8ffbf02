/**
 * What a tap costs beyond the bridge: every API call a screen makes is logged in the page
 * (when it started and ended) and in core (its time and the bytes of its answer). After the
 * tap, the same calls are made again as null calls (an echo binding that does no work) with
 * the same input and an answer of the same size, in the same overlap pattern; their time is
 * the bridge's share (Chromium → CDP → Node and back, as JSON), which Electron's IPC has not.
 */
import { gzipSync } from 'node:zlib'
import type { BrowserContext, Page } from '@playwright/test'
import type { Core } from '../../electron/core/core'

interface CoreCall {
  method: string
  ms: number
  bytes: number
  gzip: number
}

/** One tap's calls: core time, payload, and the bridge time of their null-call twins. */
export interface TapCost {
  coreMs: number
  bytes: number
  gzipBytes: number
  bridgeMs: number
  calls: number
}

type PageCall = { t0: number; t1: number; input: unknown }
type CallWindow = { __benchCalls?: PageCall[]; __benchWrapped?: boolean }

/** Wraps the page's side of the bridge so each call's start and end are noted (init script). */
function pageRecorder(): void {
  const w = window as unknown as CallWindow & {
    __villageInvoke?: (m: unknown, i: unknown) => Promise<unknown>
  }
  const wrap = () => {
    const inner = w.__villageInvoke
    if (!inner || w.__benchWrapped) return
    w.__benchWrapped = true
    w.__villageInvoke = async (m: unknown, i: unknown) => {
      const rec = { t0: performance.now(), t1: 0, input: i }
      const calls = (w.__benchCalls ??= [])
      calls.push(rec)
      // Bounded: between measured taps (the 2,000 navigations) the log must not grow the heap.
      if (calls.length > 200) calls.splice(0, calls.length - 200)
      try {
        return await inner(m, i)
      } finally {
        rec.t1 = performance.now()
      }
    }
  }
  wrap()
  if (!w.__benchWrapped) queueMicrotask(wrap)
}

/** The meter over one bench browser: install once, then `start()` before and `stop()` after a tap. */
export async function installCallMeter(context: BrowserContext, core: Core) {
  let log: CoreCall[] | null = null
  const invoke = core.invoke.bind(core)
  core.invoke = (async (method: string, input: unknown, caller: string) => {
    const t = performance.now()
    const r = await invoke(method, input, caller)
    const ms = performance.now() - t
    if (log && caller.startsWith('page:')) {
      const json = JSON.stringify(r)
      log.push({ method, ms, bytes: Buffer.byteLength(json), gzip: gzipSync(json).length })
    }
    return r
  }) as Core['invoke']
  await context.exposeBinding('__benchEcho', (_s, _input: unknown, n: number) => ({
    ok: true,
    data: 'x'.repeat(Math.max(0, n - 20)),
  }))
  await context.addInitScript(pageRecorder)

  return {
    /** Starts logging (and clears what the page noted so far). */
    async start(page: Page): Promise<void> {
      log = []
      await page.evaluate(() => ((window as unknown as CallWindow).__benchCalls = []))
    },
    /** Stops logging and measures the null-call twins of what was logged. */
    async stop(page: Page): Promise<TapCost> {
      const core = log ?? []
      log = null
      const sizes = core.map((c) => c.bytes)
      const bridgeMs = await page.evaluate(async (sizes) => {
        const w = window as unknown as CallWindow & {
          __benchEcho: (i: unknown, n: number) => Promise<unknown>
        }
        const calls = (w.__benchCalls ?? []).slice(0, sizes.length)
        w.__benchCalls = []
        // Calls whose windows overlapped went together; replay them together, groups in turn.
        const groups: Array<Array<{ input: unknown; n: number }>> = []
        let end = -1
        calls.forEach((c, i) => {
          const twin = { input: c.input, n: sizes[i] ?? 0 }
          if (groups.length && c.t0 < end) groups[groups.length - 1]!.push(twin)
          else groups.push([twin])
          end = Math.max(end, c.t1 || c.t0)
        })
        const t = performance.now()
        for (const g of groups) await Promise.all(g.map((c) => w.__benchEcho(c.input, c.n)))
        return performance.now() - t
      }, sizes)
      return {
        coreMs: core.reduce((s, c) => s + c.ms, 0),
        bytes: sizes.reduce((s, n) => s + n, 0),
        gzipBytes: core.reduce((s, c) => s + c.gzip, 0),
        bridgeMs,
        calls: core.length,
      }
    },
  }
}

export type CallMeter = Awaited<ReturnType<typeof installCallMeter>>
