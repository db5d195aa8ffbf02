/**
 * One fuzzed call and everything that must hold after it: a Result came back in time, an
 * error has a known code and Chinese words, a refusal changed nothing, no prototype was
 * polluted, and nothing public carries a personal number.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ERROR_CODES, type Result } from '../../../contract'
import type { JournalEntry } from '../../../electron/core/store/types'
import type { CallerKind, FuzzWorld } from './world'

const CALL_TIMEOUT_MS = 20_000
const CHINESE = /[\u4e00-\u9fff]/
const SLOPPY = /undefined|\[object Object\]|TypeError|ReferenceError|at .+:\d+:\d+/
/** Unmasked personal numbers: 18-digit IDs, 16–19 digit cards, 11-digit mobiles. */
export const PERSONAL_NUMBER =
  /(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{16,19}|1[3-9]\d{9})(?![0-9A-Za-z])/

const protos = [Object.prototype, Array.prototype, Function.prototype, String.prototype]
type Snapshot = Array<Map<string | symbol, unknown>>

function snapshot(): Snapshot {
  return protos.map((p) => {
    const m = new Map<string | symbol, unknown>()
    for (const k of Reflect.ownKeys(p)) m.set(k, Object.getOwnPropertyDescriptor(p, k)?.value)
    return m
  })
}

/** Names of prototype properties added or replaced since the snapshot. */
export function pollution(before: Snapshot): string[] {
  const now = snapshot()
  const out: string[] = []
  now.forEach((m, i) => {
    for (const [k, v] of m) if (!before[i]!.has(k) || before[i]!.get(k) !== v) out.push(String(k))
  })
  return out
}

/** The prototypes as they are before any fuzzing starts. */
let pristine = snapshot()

/**
 * Takes the prototypes as they are now, as what every later call is compared with: after the
 * libraries core loads on first use have loaded (fuzz.test.ts), so what counts is what a call's
 * input does to them.
 */
export function takePristine(): void {
  pristine = snapshot()
}

function withTimeout<T>(p: Promise<T>): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<'timeout'>(
    (r) => (timer = setTimeout(() => r('timeout'), CALL_TIMEOUT_MS)),
  )
  return Promise.race([p, late]).finally(() => clearTimeout(timer))
}

/** The journal entries after seq (read only when a refusal moved the head). */
async function entriesAfter(dir: string, seq: number): Promise<JournalEntry[]> {
  const text = await readFile(join(dir, 'journal.jsonl'), 'utf8')
  return text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as JournalEntry)
    .filter((e) => e.seq > seq)
}

/** Every string inside a value (numbers such as amounts are not personal numbers). */
export function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v)
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out)
  return out
}

function shapeProblems(r: unknown): string[] {
  if (!r || typeof r !== 'object') return [`返回的不是 Result：${String(r)}`]
  const res = r as Result<unknown>
  if (res.ok === true) return 'data' in res && res.data !== undefined ? [] : ['成功却没有 data']
  if (res.ok !== false) return ['Result 没有 ok 字段']
  const { code, message, fields } = res.error ?? {}
  const out: string[] = []
  if (!ERROR_CODES.includes(code)) out.push(`未知错误码 ${String(code)}`)
  if (code === 'INTERNAL') out.push(`处理程序出错（INTERNAL）：${message}`)
  if (typeof message !== 'string' || !CHINESE.test(message))
    out.push(`错误信息不是中文：${String(message)}`)
  else if (SLOPPY.test(message)) out.push(`错误信息里有程序内部的字样：${message}`)
  if (fields !== undefined && Object.values(fields).some((f) => typeof f !== 'string')) {
    out.push('fields 里有不是文字的内容')
  }
  return out
}

/** Calls once as the given caller and returns every broken promise (empty: all held). */
export async function checkedCall(
  world: FuzzWorld,
  method: string,
  input: unknown,
  kind: CallerKind,
): Promise<string[]> {
  const caller = await world.caller(kind)
  const before = world.core.store.head().seq
  let r: Result<unknown> | 'timeout'
  try {
    r = await withTimeout(world.core.invoke(method, input, caller))
  } catch (err) {
    return [`invoke 抛出了异常：${err instanceof Error ? err.message : String(err)}`]
  }
  if (r === 'timeout') return [`${CALL_TIMEOUT_MS / 1000} 秒内没有返回（卡住了）`]
  const problems = shapeProblems(r)
  const polluted = pollution(pristine)
  if (polluted.length > 0) problems.push(`原型被污染：${polluted.join(', ')}`)
  try {
    structuredClone(r)
  } catch {
    problems.push('Result 不能跨进程传递（structuredClone 失败）')
  }
  const after = world.core.store.head().seq
  if (!r.ok && after !== before) {
    // One kind of refusal may write: a wrong password (at login or when changing it) is
    // counted in the journal, so a lockout survives a restart.
    const extra = await entriesAfter(world.dir, before)
    const counted = extra.every((e) => e.action === 'auth.loginFailed')
    if (!counted) problems.push(`拒绝（${r.error.code}）后变更日志却从 ${before} 变成了 ${after}`)
  }
  if (r.ok && kind === 'public') {
    const leak = strings(r.data).find((t) => PERSONAL_NUMBER.test(t))
    if (leak) problems.push(`公开返回里有完整的个人号码：${leak.slice(0, 80)}`)
  }
  return problems
}
