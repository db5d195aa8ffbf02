import type { Method, Output, ParsedInput, PersonRef, Role } from '../../../contract'
import type { Store } from '../store/types'
import type { SessionTable } from './sessions'

/** What a handler knows about its caller; resolved by core, never taken from the renderer. */
export interface Ctx {
  actor: PersonRef | null
  role: Role | null
  now: () => Date
  store: Store
  /** Opaque key of the calling window; sessions and rate limits hang off it. */
  caller: string
  /** Login sessions, for auth handlers only (start/end); everyone else reads actor/role. */
  sessions: SessionTable
}

export type Handler<M extends Method> = (
  input: ParsedInput<M>,
  ctx: Ctx,
) => Promise<Output<M>> | Output<M>

export type Handlers = { [M in Method]: Handler<M> }
/** A service module provides the handlers for its methods. */
export type HandlerGroup<K extends Method> = { [M in K]: Handler<M> }
