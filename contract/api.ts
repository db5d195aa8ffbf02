/**
 * The one API: method → input schema → output type → who may call it.
 * Electron's IPC, the Playwright bridge and unit tests all go through this table.
 */
import { z } from 'zod'
import { PeriodKey } from './period'
import { Id } from './schemas/common'
import type { Checkpoint, HomeSummary, StorageAlert } from './schemas/home'
import type { PeriodSheetView, PeriodSummary, LedgerEntryView } from './schemas/ledger'
import type { VillageView } from './schemas/village'
import type { Settings } from './schemas/settings'
import type { Result } from './result'

export type Role = 'clerk' | 'supervisor' | 'admin'
/** 'public' needs no login; otherwise the caller's role must be listed. */
export type Access = 'public' | readonly Role[]

export interface MethodDef<I extends z.ZodType, O> {
  input: I
  access: Access
  /** Phantom: carries the output type; never set at runtime. */
  readonly _output?: O
}

function method<I extends z.ZodType>(input: I, access: Access) {
  return { returns: <O>(): MethodDef<I, O> => ({ input, access }) }
}

const None = z.object({}).strict()

export const api = {
  'village.get': method(None, 'public').returns<VillageView>(),
  'settings.get': method(None, 'public').returns<Settings>(),
  'home.summary': method(None, 'public').returns<HomeSummary>(),
  'ledger.periods': method(None, 'public').returns<PeriodSummary[]>(),
  'ledger.sheet': method(z.object({ period: PeriodKey }).strict(), 'public').returns<PeriodSheetView>(),
  'ledger.entry': method(z.object({ id: Id }).strict(), 'public').returns<LedgerEntryView>(),
  'system.checkpoint': method(None, 'public').returns<Checkpoint>(),
  'system.alerts': method(None, ['admin', 'supervisor']).returns<StorageAlert[]>(),
} as const

export type Api = typeof api
export type Method = keyof Api
export type Input<M extends Method> = z.input<Api[M]['input']>
export type ParsedInput<M extends Method> = z.output<Api[M]['input']>
export type Output<M extends Method> = Api[M] extends MethodDef<z.ZodType, infer O> ? O : never

export const METHODS = Object.keys(api) as Method[]
export const isMethod = (m: unknown): m is Method => typeof m === 'string' && Object.hasOwn(api, m)

/** What the preload exposes as `window.village` (and the test bridge imitates). */
export interface VillageBridge {
  invoke<M extends Method>(method: M, input: Input<M>): Promise<Result<Output<M>>>
  /** Called after any change is committed; returns an unsubscribe function. */
  onChanged(listener: (seq: number) => void): () => void
}

/** IPC channel names, bound once here. */
export const CHANNEL_INVOKE = 'village:invoke'
export const CHANNEL_CHANGED = 'village:changed'
