/**
 * Core in its own utility process, so a big import, a backup or a verify never freezes the
 * window. Main keeps only the door: calls go to the child and answers come back; if the child
 * dies (or stops answering pings for two minutes) it is started again with back-off, and the
 * calls caught in between get a calm
 * RESTARTING (nothing was done: ask again) or INTERRUPTED (it may have been done: look first).
 */
import { utilityProcess } from 'electron'
import type { Result } from '../../contract/result'
import { errorFromInfo, errorInfo, isMessage } from '../core/host/protocol'
import type { FromCore, HostHook, ToCore } from '../core/host/protocol'
import { CoreCalls } from './core-calls'
import { errorDetail, logIncident } from './log'
import { backoffMs, DEFAULT_POLICY, recentCrashes } from './recovery-policy'

/** The part of Electron's UtilityProcess this file uses (the unit tests fake exactly this). */
export interface ChildLike {
  postMessage(message: ToCore): void
  on(event: 'message', listener: (message: unknown) => void): unknown
  on(event: 'exit', listener: (code: number) => void): unknown
  kill(): boolean
}

/** Where core's entry is, which folder it opens, and what main lends it. */
export interface CoreProcessOptions {
  /** Absolute path of out/main/core-host.js. */
  entry: string
  dir: string
  demo: boolean
  autoBackup: boolean
  /** Township link (#16): the kiosk's signing folders, or the console's inbox. */
  signing?: { keyDir: string; outbox: string }
  townshipInbox?: string
  /** What main lends core; only the hooks given here are offered to it. */
  hooks: Partial<Record<HostHook, (...args: never[]) => unknown>>
  /** How long a call may wait for a restarting core before it is answered anyway. */
  waitMs?: number
  /** A core that answers no ping for this long is stuck, and is killed and started again. */
  hungAfterMs?: number
  fork?: (entry: string) => ChildLike
}

/** Pings go out this often while core is up; any message from core counts as an answer. */
const PING_MS = 15_000

const spawn = (entry: string): ChildLike =>
  utilityProcess.fork(entry, [], { serviceName: 'village-core', stdio: 'inherit' })

/** Starts core's process; resolves once the data folder is open, rejects if the first open fails. */
export async function startCoreProcess(opts: CoreProcessOptions) {
  const fork = opts.fork ?? spawn
  const calls = new CoreCalls(opts.waitMs ?? 5_000)
  const listeners = new Set<(seq: number) => void>()
  let child: ChildLike | null = null
  let ready = false
  let started = false
  let stopping: (() => void) | null = null
  let deaths: number[] = []
  let firstStart: { resolve(): void; reject(e: Error): void } | undefined
  const hungAfterMs = opts.hungAfterMs ?? 120_000
  // Silence is measured on the monotonic clock: a hall PC's wall clock jumps when time sync
  // puts a dead CMOS battery's date right, and a jump is not a hang.
  let heardAt = performance.now()
  const liveness = setInterval(() => {
    if (!child || !ready) return
    if (performance.now() - heardAt < hungAfterMs) return child.postMessage({ type: 'ping' })
    logIncident('core-hung', { hungAfterMs })
    child.kill()
  }, PING_MS)
  liveness.unref()

  const onReady = (seq: number) => {
    ready = true
    heardAt = performance.now()
    calls.ready(seq, post)
    if (!started) {
      started = true
      firstStart?.resolve()
    } else {
      logIncident('core-restarted', { seq })
      // Every screen reloads what it shows from the new core.
      for (const l of listeners) l(seq)
    }
  }

  const onMessage = (raw: unknown) => {
    if (!isMessage(raw)) return
    heardAt = performance.now()
    const m = raw as FromCore
    if (m.type === 'ready') onReady(m.seq)
    else if (m.type === 'result') calls.answered(m.id, m.result, m.seq)
    else if (m.type === 'changed') {
      calls.saw(m.seq)
      for (const l of listeners) l(m.seq)
    } else if (m.type === 'host') void lend(m.id, m.hook, m.args)
    else if (m.type === 'log')
      logIncident('core', { ...m.error, error: m.error.message, message: m.message })
    else if (m.type === 'open-failed') {
      const error = errorFromInfo(m.error)
      if (!started) return firstStart?.reject(error)
      logIncident('core-open-failed', errorDetail(error))
      child?.kill()
    }
  }

  const lend = async (id: number, hook: HostHook, args: unknown[]) => {
    const fn = opts.hooks[hook] as ((...a: unknown[]) => unknown) | undefined
    try {
      if (!fn) throw new Error(`core-host: main does not offer ${hook}`)
      child?.postMessage({ type: 'host-reply', id, ok: true, value: await fn(...args) })
    } catch (error) {
      child?.postMessage({ type: 'host-reply', id, ok: false, error: errorInfo(error) })
    }
  }

  const onExit = (code: number) => {
    child = null
    ready = false
    if (stopping) return stopping()
    logIncident('core-gone', { code })
    if (!started)
      return firstStart?.reject(new Error(`core-host: exited with ${code} while opening`))
    calls.died()
    const now = performance.now()
    deaths = recentCrashes([...deaths, now], now, DEFAULT_POLICY.crashWindowMs)
    const delay = backoffMs(deaths.length, DEFAULT_POLICY.baseDelayMs, DEFAULT_POLICY.maxDelayMs)
    setTimeout(launch, delay)
  }

  const post = (message: ToCore) => child?.postMessage(message)

  function launch() {
    if (stopping) return
    const c = fork(opts.entry)
    child = c
    c.on('message', onMessage)
    c.on('exit', onExit)
    const hooks = (Object.keys(opts.hooks) as HostHook[]).filter((h) => opts.hooks[h])
    c.postMessage({
      type: 'open',
      dir: opts.dir,
      demo: opts.demo,
      autoBackup: opts.autoBackup,
      hooks,
      ...(opts.signing ? { signing: opts.signing } : {}),
      ...(opts.townshipInbox ? { townshipInbox: opts.townshipInbox } : {}),
    })
  }

  await new Promise<void>((resolve, reject) => {
    firstStart = { resolve, reject }
    launch()
  }).catch((error: unknown) => {
    stopping = () => undefined
    child?.kill()
    throw error
  })

  return {
    invoke(method: unknown, input: unknown, caller: string): Promise<Result<unknown>> {
      return calls.add(method, input, caller, ready ? post : null)
    },
    onChanged(listener: (seq: number) => void): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    endSession(caller: string): void {
      if (ready) child?.postMessage({ type: 'end-session', caller })
    },
    /** Core closes its files and exits; no restart after this. */
    close(): Promise<void> {
      clearInterval(liveness)
      return new Promise<void>((resolve) => {
        stopping = resolve
        if (!child) return resolve()
        child.postMessage({ type: 'close' })
      })
    },
  }
}

/** What main holds of core: the IPC door plus close for shutdown. */
export type CoreProcess = Awaited<ReturnType<typeof startCoreProcess>>
