/**
 * Hostile text typed in through the API, the way cadres and villagers enter it: every record
 * type with a save → submit → publish workflow (found from the contract), ledger lines of a
 * new period, and villagers' questions. Each text is accepted and published, or refused in
 * plain Chinese with nothing changed.
 */
import { api, METHODS, type Method } from '../../../contract/api'
import { CATEGORIES } from '../../../contract/categories'
import type { Core } from '../../../electron/core/core'
import { DEMO_LOGINS } from '../../../electron/core/demo/users'
import type { CollectionName } from '../../../electron/core/store/types'
import type { Hostile } from './hostile-corpus'
import { taint, vocabulary } from './hostile-taint'

export const CLERK = 'hostile-clerk'
export const SIGNER = 'hostile-supervisor'
const PUBLIC = 'hostile-public'

/** What became of one hostile text in one write method. */
export interface Entered {
  method: string
  hostile: string
  published: boolean
  problems: string[]
}

type Call = (
  method: string,
  input: unknown,
  caller: string,
) => Promise<{ ok: boolean; data?: unknown; error?: { code: string; message: string } }>

/** Logs the clerk and the 监委 member in on their own callers. */
export async function logInStaff(core: Core): Promise<void> {
  const roster = await core.invoke('auth.roster', {}, CLERK)
  const list = (roster.ok ? roster.data : []) as Array<{ name: string; role: string }>
  for (const [caller, role] of [
    [CLERK, 'clerk'],
    [SIGNER, 'supervisor'],
  ] as const) {
    const name = list.find((r) => r.role === role)?.name
    const pin = DEMO_LOGINS.find((l) => l.role === role)?.pin
    const r = await core.invoke('auth.login', { name, password: pin }, caller)
    if (!r.ok) throw new Error(`hostile: 无法以 ${role} 登录：${r.error.message}`)
  }
}

/** Record types whose methods follow the shared workflow: <coll>.save / .submit / .publish. */
export function workflowAreas(): string[] {
  return METHODS.filter((m) => m.endsWith('.save'))
    .map((m) => m.slice(0, -'.save'.length))
    .filter(
      (p) =>
        METHODS.includes(`${p}.submit` as Method) && METHODS.includes(`${p}.publish` as Method),
    )
}

/** A valid save input copied from an existing record's fields (no id: a new draft). */
export function baseInput(core: Core, area: string): Record<string, unknown> | null {
  const schema = api[`${area}.save` as Method].input
  for (const rec of core.store.all(area as CollectionName) as Array<Record<string, unknown>>) {
    const input: Record<string, unknown> = {}
    const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape ?? {}
    for (const k of Object.keys(shape))
      if (k !== 'id' && k !== 'reason' && k in rec) input[k] = rec[k]
    if (schema.safeParse(input).success) return input
  }
  return null
}

/** Checks a refusal: known words, Chinese, and the journal untouched. */
function refusalProblems(r: Awaited<ReturnType<Call>>, before: number, after: number): string[] {
  const out: string[] = []
  if (r.ok) out.push('应当拒绝却保存了')
  else if (!/[\u4e00-\u9fff]/.test(r.error?.message ?? ''))
    out.push(`拒绝的话不是中文：${r.error?.message}`)
  if (after !== before) out.push(`拒绝后变更日志从 ${before} 变成 ${after}`)
  return out
}

function setPath(obj: unknown, path: readonly PropertyKey[], from: unknown): void {
  let target = obj as Record<PropertyKey, unknown>
  let source = from as Record<PropertyKey, unknown>
  for (const key of path.slice(0, -1)) {
    target = target[key] as Record<PropertyKey, unknown>
    source = source[key] as Record<PropertyKey, unknown>
  }
  const last = path[path.length - 1]!
  target[last] = source[last]
}

/**
 * The text in every field it fits (fields whose maximum it exceeds keep the record's own
 * value), or null when something other than length makes it invalid (control characters).
 */
export function fitted(method: string, tainted: unknown, base: unknown): unknown {
  const schema = api[method as Method].input
  const first = schema.safeParse(tainted)
  if (first.success) return tainted
  if (first.error.issues.some((i) => i.code !== 'too_big')) return null
  const copy = structuredClone(tainted)
  for (const issue of first.error.issues) setPath(copy, issue.path, base)
  return schema.safeParse(copy).success ? copy : null
}

/**
 * A 财务计划 line of its own: a second line for the same year, direction, category and item (or a
 * whole-category line beside item lines) is refused, as its 执行数 would count twice; so each
 * takes a category and item no line of its year has yet. Its texts stay the hostile ones.
 */
function ownPlanLine(core: Core, area: string, input: unknown): unknown {
  if (area !== 'budget' || !input || typeof input !== 'object') return input
  const line = input as { year: number; direction: string }
  const taken = (core.store.all('budget' as CollectionName) as Array<Record<string, unknown>>)
    .filter((b) => b.year === line.year && b.direction === line.direction && !b.supersededBy)
    .map((b) => [b.category, b.item] as const)
  for (const c of CATEGORIES) {
    for (const item of c.items) {
      const clash = taken.some(([cat, it]) => cat === c.code && (it === item || it === ''))
      if (!clash) return { ...line, category: c.code, item }
    }
  }
  return input
}

/**
 * Saves one text into a new record: first in every field (refused in plain words when it is
 * too long for one of them), then in every field it fits, which is submitted and published.
 */
export async function enterRecord(core: Core, area: string, h: Hostile): Promise<Entered[]> {
  const call: Call = (m, i, c) => core.invoke(m, i, c) as ReturnType<Call>
  const method = `${area}.save`
  const base = baseInput(core, area)
  if (!base)
    return [{ method, hostile: h.name, published: false, problems: ['找不到可以照着填写的记录'] }]
  const full = taint(base, () => h.text, vocabulary())
  const fit = fitted(method, full, base)
  const out: Entered[] = []
  for (const raw of fit === full ? [full] : [full, fit]) {
    if (raw === null) continue
    const input = ownPlanLine(core, area, raw)
    const mustRefuse =
      h.refuse === 'control' || !api[method as Method].input.safeParse(input).success
    const before = core.store.head().seq
    const saved = await call(method, input, CLERK)
    if (!saved.ok || mustRefuse) {
      const mayRefuse = mustRefuse || h.refuse === 'personal-number'
      const problems = mayRefuse
        ? refusalProblems(saved, before, core.store.head().seq)
        : [`被拒绝了：${saved.error?.message}`]
      out.push({ method, hostile: h.name, published: false, problems })
      continue
    }
    const id = (saved.data as { id: string }).id
    const submitted = await call(`${area}.submit`, { id }, CLERK)
    const published = submitted.ok ? await call(`${area}.publish`, { id }, SIGNER) : submitted
    const problems = published.ok ? [] : [`提交或公开失败：${published.error?.message}`]
    out.push({ method, hostile: h.name, published: published.ok, problems })
  }
  return out
}

export { PUBLIC }
