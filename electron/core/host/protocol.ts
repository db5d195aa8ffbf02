/**
 * The messages between Electron's main process and core running in its own utility process.
 * Main only routes: the renderer's calls go in as `invoke`, answers and `changed` come back,
 * and core borrows main's windows (PDF printing) and incident log through `host`.
 */
import type { Result } from '../../../contract'

/** What core may ask of main; main lists in `open` the hooks it really offers. */
export type HostHook = 'printSheetPdf' | 'incidents' | 'quit' | 'wrapSecret' | 'unwrapSecret'

/** What main answers a call caught by a restart of core's process (the renderer shows 正在恢复). */
export const RESTARTING_MESSAGE = '系统正在恢复，请稍候。'
/** What main answers a call that may have been done just before core's process died. */
export const INTERRUPTED_MESSAGE =
  '系统刚才重新启动，这一步可能已经完成，请先查看，再决定是否重做。'

/** An Error flattened for structured clone: name and code survive so main can tell faults apart. */
export interface ErrorInfo {
  name: string
  message: string
  code?: string
  stack?: string
}

/** main → core. */
export type ToCore =
  | {
      type: 'open'
      dir: string
      demo: boolean
      autoBackup: boolean
      hooks: HostHook[]
      /** The village kiosk's signing key folder and outbox (#16), beside the data folder. */
      signing?: { keyDir: string; outbox: string }
      /** Set when this app is the 乡镇汇总 console: the inbox it reads. */
      townshipInbox?: string
    }
  | { type: 'invoke'; id: number; method: unknown; input: unknown; caller: string }
  | { type: 'end-session'; caller: string }
  | { type: 'host-reply'; id: number; ok: true; value: unknown }
  | { type: 'host-reply'; id: number; ok: false; error: ErrorInfo }
  | { type: 'close' }
  | { type: 'ping' }

/** core → main. `seq` is the journal head after the work, so main knows what is on disk. */
export type FromCore =
  | { type: 'ready'; seq: number }
  | { type: 'open-failed'; error: ErrorInfo }
  | { type: 'result'; id: number; result: Result<unknown>; seq: number }
  | { type: 'changed'; seq: number }
  | { type: 'host'; id: number; hook: HostHook; args: unknown[] }
  | { type: 'log'; message: string; error: ErrorInfo }
  | { type: 'closed' }
  | { type: 'pong' }

/** Keeps what structured clone would lose from an Error (its class, its code). */
export function errorInfo(error: unknown): ErrorInfo {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code
    const info: ErrorInfo = { name: error.name, message: error.message }
    if (typeof code === 'string') info.code = code
    if (error.stack) info.stack = error.stack.split('\n').slice(0, 6).join('\n')
    return info
  }
  return { name: 'Error', message: String(error) }
}

/** The reverse of errorInfo, for code on the other side that checks `name` or `code`. */
export function errorFromInfo(info: ErrorInfo, prefix = ''): Error {
  const error = new Error(`${prefix}${info.message}`)
  error.name = info.name
  if (info.code) Object.assign(error, { code: info.code })
  if (info.stack) error.stack = info.stack
  return error
}

/** True for an object with a string `type`: the least a message must be before it is read. */
export function isMessage(value: unknown): value is { type: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string'
  )
}
