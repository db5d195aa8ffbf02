/**
 * Core's side of the utility process: opens the data folder when main says so, answers each
 * `invoke` with the same `Core` the test bridge uses in-process, pushes `changed`, and lends
 * core main's printer and incident log through request/reply messages.
 */
import { fail } from '../../../contract/result'
import { openCore, type Core } from '../core'
import { Secrets, secretsDirFor, type KeyWrapHook } from '../secrets'
import { needsSetup } from '../services/auth/setup'
import { startAutoBackups, type DataHost } from '../services/data'
import type { KeySeal } from '../township/keys'
import type { StartReader } from '../township/readers'
import type { ShellHost } from '../services/system'
import { errorFromInfo, errorInfo, isMessage } from './protocol'
import type { FromCore, HostHook, ToCore } from './protocol'

/** The child's end of the MessagePort: Electron's `process.parentPort`, or a test's fake. */
export interface ParentPortLike {
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown
  postMessage(message: unknown): void
}

const INTERNAL = '系统暂时出了问题，请稍后再试。'

/**
 * Serves main over `port` until it says `close`; `exit` ends the process afterwards.
 * `startReader` starts a township reader thread (the built reader beside this file).
 */
export function runCoreChild(
  port: ParentPortLike,
  exit: (code: number) => void,
  startReader?: StartReader,
): void {
  const send = (message: FromCore) => port.postMessage(message)
  const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>()
  let nextId = 1
  let core: Core | null = null
  let stopBackups = () => {}

  const ask = (hook: HostHook, ...args: unknown[]): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = nextId++
      waiting.set(id, { resolve, reject })
      send({ type: 'host', id, hook, args })
    })
  const log = (message: string, error: unknown) =>
    send({ type: 'log', message, error: errorInfo(error) })

  async function open(m: Extract<ToCore, { type: 'open' }>): Promise<void> {
    const has = (hook: HostHook) => m.hooks.includes(hook)
    const host: DataHost = {}
    if (has('printSheetPdf'))
      host.printSheetPdf = (req) => ask('printSheetPdf', req) as Promise<Uint8Array>
    const shell: ShellHost | undefined =
      has('incidents') && has('quit')
        ? {
            incidents: (limit) => ask('incidents', limit) as ReturnType<ShellHost['incidents']>,
            quit: () => void ask('quit').catch(() => undefined),
          }
        : undefined
    // The OS keyring (safeStorage) is main's: the archive key is wrapped there, over the port.
    const wrap: KeyWrapHook | undefined =
      has('wrapSecret') && has('unwrapSecret')
        ? {
            name: 'safeStorage',
            wrap: async (b) => Buffer.from((await ask('wrapSecret', b)) as Uint8Array),
            unwrap: async (b) => Buffer.from((await ask('unwrapSecret', b)) as Uint8Array),
          }
        : undefined
    try {
      // The township signing key is sealed by the same OS keyring as the archive key.
      const seal: KeySeal | undefined = wrap
        ? {
            seal: (pem) => wrap.wrap(Buffer.from(pem, 'utf8')),
            open: async (sealed) => (await wrap.unwrap(sealed)).toString('utf8'),
          }
        : undefined
      core = await openCore({
        dir: m.dir,
        demo: m.demo,
        host,
        shell,
        log,
        secrets: { wrap },
        ...(m.signing ? { signing: { ...m.signing, ...(seal ? { seal } : {}) } } : {}),
        ...(m.townshipInbox ? { townshipInbox: m.townshipInbox } : {}),
        ...(startReader ? { townshipReader: startReader } : {}),
      })
    } catch (error) {
      send({ type: 'open-failed', error: errorInfo(error) })
      return
    }
    core.onChanged((seq) => send({ type: 'changed', seq }))
    if (m.autoBackup) {
      const secrets = new Secrets(secretsDirFor(m.dir), wrap)
      const flush = async () => core?.store.flush()
      const due = () => !!core && !needsSetup(core.store)
      stopBackups = startAutoBackups({ dataDir: m.dir, secrets, log, flush, due })
    }
    send({ type: 'ready', seq: core.store.head().seq })
  }

  async function invoke(m: Extract<ToCore, { type: 'invoke' }>): Promise<void> {
    if (!core) return send({ type: 'result', id: m.id, result: fail('INTERNAL', INTERNAL), seq: 0 })
    let result
    try {
      result = await core.invoke(m.method, m.input, m.caller)
    } catch (error) {
      log('invoke threw', error)
      result = fail('INTERNAL', INTERNAL)
    }
    send({ type: 'result', id: m.id, result, seq: core.store.head().seq })
  }

  async function close(): Promise<void> {
    stopBackups()
    try {
      await core?.close()
    } catch (error) {
      log('close failed', error)
    }
    send({ type: 'closed' })
    exit(0)
  }

  port.on('message', ({ data }) => {
    if (!isMessage(data)) return
    const m = data as ToCore
    if (m.type === 'open') void open(m)
    else if (m.type === 'invoke') void invoke(m)
    else if (m.type === 'end-session') core?.endSession(m.caller)
    else if (m.type === 'close') void close()
    // Answered from the event loop: a core stuck in a loop stops answering and main restarts it.
    else if (m.type === 'ping') send({ type: 'pong' })
    else if (m.type === 'host-reply') {
      const w = waiting.get(m.id)
      waiting.delete(m.id)
      if (m.ok) w?.resolve(m.value)
      else w?.reject(errorFromInfo(m.error, 'host: '))
    }
  })
}
