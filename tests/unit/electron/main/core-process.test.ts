import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Result } from '../../../../contract/result'
import { runCoreChild } from '../../../../electron/core/host/child'
import type { FromCore, ToCore } from '../../../../electron/core/host/protocol'
import { startCoreProcess } from '../../../../electron/main/core-process'
import type { CoreProcessOptions } from '../../../../electron/main/core-process'
import { resetElectron, utilityProcess } from '../../fakes/electron'
import { villageInput } from '../core/services/auth/helpers'
import type { FakeUtilityProcess } from '../../fakes/electron'

vi.mock('electron', () => import('../../fakes/electron'))

const ENTRY = '/app/out/main/core-host.js'
let dir: string

function options(over: Partial<CoreProcessOptions> = {}): CoreProcessOptions {
  return { entry: ENTRY, dir, demo: false, autoBackup: false, hooks: {}, ...over }
}

/** Runs the real core child in-process on the fake's port; `crash` kills it without a word to main. */
function realCore(p: FakeUtilityProcess) {
  let listener: (event: { data: unknown }) => void = () => undefined
  let silenced = false
  let done = () => {}
  const exited = new Promise<void>((resolve) => (done = resolve))
  const port = {
    on: (_event: 'message', l: (event: { data: unknown }) => void) => {
      listener = l
      return p.port.on('message', (event) => silenced || l(event))
    },
    postMessage: (m: unknown) => silenced || p.port.postMessage(m),
  }
  runCoreChild(port, () => {
    done()
    if (!silenced) p.exit(0)
  })
  return {
    /** Dies mid-work; its files are let go behind main's back, as the OS does for a dead process. */
    async crash(code: number) {
      silenced = true
      listener({ data: { type: 'close' } })
      await exited
      p.exit(code)
    },
  }
}

/** A child that only says what the test tells it to: main's side of the protocol in isolation. */
function scripted(p: FakeUtilityProcess, head: { seq: number }) {
  const got: ToCore[] = []
  p.port.on('message', ({ data }) => {
    const m = data as ToCore
    got.push(m)
    if (m.type === 'open') p.port.postMessage({ type: 'ready', seq: head.seq } satisfies FromCore)
    if (m.type === 'close') setImmediate(() => p.exit(0))
  })
  return got
}

const tick = () => new Promise((resolve) => setImmediate(resolve))

beforeEach(() => {
  resetElectron()
  dir = mkdtempSync(join(tmpdir(), 'core-process-'))
})
afterEach(() => {
  vi.useRealTimers()
  rmSync(dir, { recursive: true, force: true })
})

describe('core in a utility process, with the real core on the other end', () => {
  it('opens the folder in the child and answers calls through it', async () => {
    utilityProcess.onFork = (p) => void realCore(p)
    const core = await startCoreProcess(options())
    expect(utilityProcess.fork).toHaveBeenCalledWith(
      ENTRY,
      [],
      expect.objectContaining({ serviceName: 'village-core' }),
    )
    const answer = await core.invoke('system.checkpoint', {}, 'wc:1')
    expect(answer).toMatchObject({ ok: true, data: { seq: 0 } })
    const refused = await core.invoke('auth.users', {}, 'wc:1')
    expect(refused).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    await core.close()
  })

  it('refuses to start when the folder cannot be opened, saying why', async () => {
    const file = join(dir, 'not-a-folder')
    writeFileSync(file, 'x')
    utilityProcess.onFork = (p) => void realCore(p)
    await expect(startCoreProcess(options({ dir: join(file, 'data') }))).rejects.toThrow()
  })

  it('starts core again after it dies; calls made meanwhile are answered by the new core', async () => {
    const children: Array<ReturnType<typeof realCore>> = []
    utilityProcess.onFork = (p) => void children.push(realCore(p))
    const core = await startCoreProcess(options({ waitMs: 10_000 }))
    const changed: number[] = []
    core.onChanged((seq) => changed.push(seq))
    await children[0]!.crash(1)
    const meanwhile = core.invoke('system.checkpoint', {}, 'wc:1')
    expect(await meanwhile).toMatchObject({ ok: true, data: { seq: 0 } })
    expect(utilityProcess.forked).toHaveLength(2)
    // The screens are told to reload from the new core.
    expect(changed).toEqual([0])
    await core.close()
  })
})

describe('calls caught by a dying core', () => {
  it('answers RESTARTING when nothing reached the journal, INTERRUPTED when something did', async () => {
    const head = { seq: 7 }
    const scripts: ToCore[][] = []
    utilityProcess.onFork = (p) => void scripts.push(scripted(p, head))
    const core = await startCoreProcess(options({ waitMs: 10_000 }))
    const first = core.invoke('home.summary', {}, 'wc:1')
    await tick()
    expect(scripts[0]!.at(-1)).toMatchObject({ type: 'invoke', method: 'home.summary' })
    utilityProcess.forked[0]!.exit(1)
    const r1: Result<unknown> = await first
    expect(r1).toMatchObject({
      ok: false,
      error: { code: 'RESTARTING', message: '系统正在恢复，请稍候。' },
    })

    const second = core.invoke('ledger.saveEntry', {}, 'wc:1')
    await tick()
    head.seq = 8 // the save reached the journal, then the process died before answering
    utilityProcess.forked[1]!.exit(1)
    const r2 = await second
    expect(r2).toMatchObject({ ok: false, error: { code: 'INTERRUPTED' } })
    expect(r2.ok || r2.error.message).toContain('可能已经完成')
    await core.close()
  })

  it('a call that waited for the restart is not cut off once the new core has it', async () => {
    const scripts: ToCore[][] = []
    utilityProcess.onFork = (p) => void scripts.push(scripted(p, { seq: 0 }))
    const core = await startCoreProcess(options({ waitMs: 1_500 }))
    utilityProcess.forked[0]!.exit(1)
    const answer = core.invoke('home.summary', {}, 'wc:1')
    await vi.waitFor(() => expect(scripts[1]?.at(-1)).toMatchObject({ type: 'invoke' }), {
      timeout: 3_000,
    })
    const sent = scripts[1]!.at(-1) as Extract<ToCore, { type: 'invoke' }>
    // Past the wait: the new core is slow, not gone.
    await new Promise((resolve) => setTimeout(resolve, 800))
    const reply: FromCore = {
      type: 'result',
      id: sent.id,
      result: { ok: true, data: 'late' },
      seq: 0,
    }
    utilityProcess.forked[1]!.port.postMessage(reply)
    expect(await answer).toEqual({ ok: true, data: 'late' })
    await core.close()
  })

  it('answers RESTARTING, never sent, when core stays down longer than a call may wait', async () => {
    utilityProcess.onFork = (p) => {
      // Every restart dies at once: the folder cannot be opened any more.
      if (utilityProcess.forked.length > 1) setImmediate(() => p.exit(1))
      else scripted(p, { seq: 0 })
    }
    const core = await startCoreProcess(options({ waitMs: 50 }))
    utilityProcess.forked[0]!.exit(1)
    const answer = await core.invoke('home.summary', {}, 'wc:1')
    expect(answer).toMatchObject({ ok: false, error: { code: 'RESTARTING' } })
    stop(core)
  })

  it('waits longer after each death in a row (back-off), so a broken core never spins the CPU', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'Date', 'performance'] })
    utilityProcess.onFork = (p) => {
      if (utilityProcess.forked.length > 1) setImmediate(() => p.exit(1))
      else scripted(p, { seq: 0 })
    }
    const core = await startCoreProcess(options())
    utilityProcess.forked[0]!.exit(1)
    await vi.advanceTimersByTimeAsync(999)
    expect(utilityProcess.forked).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(utilityProcess.forked).toHaveLength(2)
    await tick()
    await vi.advanceTimersByTimeAsync(1_999)
    expect(utilityProcess.forked).toHaveLength(2)
    await vi.advanceTimersByTimeAsync(1)
    expect(utilityProcess.forked).toHaveLength(3)
    stop(core)
  })
})

describe('a core that is stuck', () => {
  afterEach(() => vi.useRealTimers())

  it('is killed and started again when it stops answering pings', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'Date', 'performance'] })
    const scripts: ToCore[][] = []
    let answering = true
    utilityProcess.onFork = (p) => {
      scripts.push(scripted(p, { seq: 0 }))
      p.port.on('message', ({ data }) => {
        if (answering && (data as ToCore).type === 'ping') p.port.postMessage({ type: 'pong' })
      })
    }
    const core = await startCoreProcess(options({ hungAfterMs: 60_000 }))
    await vi.advanceTimersByTimeAsync(5 * 60_000)
    expect(scripts[0]!.filter((m) => m.type === 'ping').length).toBeGreaterThan(10)
    expect(utilityProcess.forked[0]!.kill).not.toHaveBeenCalled()
    answering = false // stuck in a loop: nothing comes back
    await vi.advanceTimersByTimeAsync(60_000 + 15_000)
    expect(utilityProcess.forked[0]!.kill).toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1_000)
    expect(utilityProcess.forked).toHaveLength(2)
    stop(core)
  })
})

describe('a wall clock put right by time sync is not a hang', () => {
  afterEach(() => {
    vi.restoreAllMocks()
    vi.useRealTimers()
  })

  it('keeps a core that answers every ping when the date jumps an hour forward', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'Date'] })
    // The timers' clock is the time that passes (performance.now); Date.now() is it plus `jump`,
    // the wall clock that time sync moves.
    let jump = 0
    const timersNow = Date.now.bind(Date)
    vi.spyOn(performance, 'now').mockImplementation(() => timersNow())
    vi.spyOn(Date, 'now').mockImplementation(() => timersNow() + jump)
    utilityProcess.onFork = (p) => {
      scripted(p, { seq: 0 })
      p.port.on('message', ({ data }) => {
        if ((data as ToCore).type === 'ping') p.port.postMessage({ type: 'pong' })
      })
    }
    const core = await startCoreProcess(options({ hungAfterMs: 120_000 }))
    await vi.advanceTimersByTimeAsync(5 * 60_000 + 5_000)
    for (let i = 0; i < 5; i++) await tick() // the last pong is in
    jump = 60 * 60_000
    await vi.advanceTimersByTimeAsync(30_000)
    expect(utilityProcess.forked[0]!.kill).not.toHaveBeenCalled()
    stop(core)
  })
})

describe('what main lends core', () => {
  it("offers only main's hooks, and answers core's requests for them", async () => {
    const incidents = vi.fn(async (limit: number) => [{ at: 'x', kind: 'k', message: `${limit}` }])
    let script: ToCore[] = []
    utilityProcess.onFork = (p) => void (script = scripted(p, { seq: 0 }))
    const core = await startCoreProcess(options({ hooks: { incidents } }))
    expect(script[0]).toMatchObject({ type: 'open', dir, hooks: ['incidents'] })
    const p = utilityProcess.forked[0]!
    p.port.postMessage({ type: 'host', id: 4, hook: 'incidents', args: [5] } satisfies FromCore)
    p.port.postMessage({ type: 'host', id: 5, hook: 'quit', args: [] } satisfies FromCore)
    await vi.waitFor(() => expect(script).toHaveLength(3))
    script.sort((a, b) => ('id' in a && 'id' in b ? a.id - b.id : 0))
    expect(incidents).toHaveBeenCalledWith(5)
    expect(script[1]).toEqual({
      type: 'host-reply',
      id: 4,
      ok: true,
      value: [{ at: 'x', kind: 'k', message: '5' }],
    })
    expect(script[2]).toMatchObject({ type: 'host-reply', id: 5, ok: false })
    await core.close()
  })

  it('pushes core’s `changed` to listeners, and after close never restarts it', async () => {
    utilityProcess.onFork = (p) => void scripted(p, { seq: 0 })
    const core = await startCoreProcess(options())
    const seen: number[] = []
    core.onChanged((seq) => seen.push(seq))
    utilityProcess.forked[0]!.port.postMessage({ type: 'changed', seq: 3 })
    await vi.waitFor(() => expect(seen).toEqual([3]))
    await core.close()
    await new Promise((resolve) => setTimeout(resolve, 1_100))
    expect(utilityProcess.forked).toHaveLength(1)
  })
})

describe('the archive key in the OS keyring, across the port', () => {
  it("core's secrets are wrapped by main's safeStorage hook; the recovery code never crosses", async () => {
    const wrapped: Uint8Array[] = []
    const wrapSecret = vi.fn(async (b: Uint8Array) => {
      wrapped.push(b)
      return Buffer.concat([Buffer.from('os:'), Buffer.from(b)])
    })
    const unwrapSecret = vi.fn(async (b: Uint8Array) => Buffer.from(b).subarray(3))
    utilityProcess.onFork = (p) => void realCore(p)
    const core = await startCoreProcess(options({ hooks: { wrapSecret, unwrapSecret } }))
    const ok = async (method: string, input: unknown) => {
      const r = (await core.invoke(method, input, 'wc:1')) as Result<unknown>
      if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
      return r.data
    }
    await ok('setup.begin', villageInput())
    const { code } = (await ok('backup.newRecoveryCode', {})) as { code: string }
    const file = readFileSync(join(`${dir}-secrets`, 'backup-key.json'), 'utf8')
    expect(file).toContain('"by":"safeStorage"')
    expect(wrapped).toHaveLength(1)
    expect(wrapped[0]).toHaveLength(32)
    expect(file).not.toContain(code)
    expect(await ok('backup.status', {})).toMatchObject({ recovery: { ready: true } })
    expect(unwrapSecret).toHaveBeenCalled()
    await core.close()
    rmSync(`${dir}-secrets`, { recursive: true, force: true })
  })
})

/** Ends a test whose core keeps dying: close stops the restarts. */
function stop(core: { close(): Promise<void> }) {
  void core.close()
}
