/**
 * The one API: method → input schema → output type → who may call it. Each area declares
 * its methods in contract/api/<area>.ts; this table joins them. Electron's IPC, the
 * Playwright bridge and unit tests all go through it.
 */
import type { z } from 'zod'
import type { Result } from './result'
import type { MethodDef } from './api/define'
import type { MethodName } from './methods'
import { attachmentsApi } from './api/attachments'
import { authApi } from './api/auth'
import { dataApi } from './api/data'
import { drivesApi } from './api/drives'
import { voucherPhotosApi } from './api/voucher-photos'
import { ledgerAdminApi } from './api/ledger-admin'
import { publicApi } from './api/public'
import { questionsApi } from './api/questions'
import { recordsAdminApi } from './api/records-admin'
import { registersAdminApi } from './api/registers-admin'
import { sectionsApi } from './api/sections'
import { systemApi } from './api/system'
import { townshipApi } from './api/township'

export type { Access, MethodDef, Role } from './api/define'

export const api = {
  ...authApi,
  ...publicApi,
  ...systemApi,
  ...sectionsApi,
  ...ledgerAdminApi,
  ...recordsAdminApi,
  ...questionsApi,
  ...dataApi,
  ...registersAdminApi,
  ...attachmentsApi,
  ...townshipApi,
  ...drivesApi,
  ...voucherPhotosApi,
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

export { CHANNEL_CHANGED, CHANNEL_INVOKE } from './methods'

/** True only when the two types are the same set of names. */
type SameNames<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
/**
 * The preload's list of names (contract/methods.ts, kept free of zod) must be this table's:
 * a method added to an area and not named there, or named there and gone, stops the build.
 */
const namedInMethodsTs: SameNames<Method, MethodName> = true
void namedInMethodsTs
