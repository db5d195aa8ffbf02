/**
 * The renderer's only door to the village records: every call goes through `window.village`
 * here, typed once by the contract's API table, so stores never see the bridge or a raw Result.
 */
import type {
  ApiError,
  ErrorCode,
  Input,
  Method,
  Output,
  Result,
  VillageBridge,
} from '../../../contract'
import { MAX_RETRIES, retryDelayMs, whileRecovering } from './recovering'

export { coreRecovering } from './recovering'

/** Why a call failed, in a shape a store can keep and a screen can show. */
export class ApiProblem extends Error {
  constructor(
    readonly code: ErrorCode | 'NO_BRIDGE',
    /** Chinese from core, fit to show as is; empty when the failure was not core's. */
    readonly userMessage: string,
    readonly fields?: Record<string, string>,
  ) {
    super(`api: ${code} ${userMessage}`)
    this.name = 'ApiProblem'
  }

  static from(error: ApiError): ApiProblem {
    return new ApiProblem(error.code, error.message, error.fields)
  }
}

/** The preload (or the test bridge) puts `village` on the page's global object, `window`. */
function findBridge(): VillageBridge | undefined {
  return (globalThis as { village?: VillageBridge }).village
}

function bridge(): VillageBridge {
  const village = findBridge()
  if (!village) throw new ApiProblem('NO_BRIDGE', '')
  return village
}

/** Calls one API method and returns its data, or throws an ApiProblem carrying core's message. */
export async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  let result = await send(method, input)
  // Core's process is starting again and did nothing with the call: wait calmly and ask again.
  if (!result.ok && result.error.code === 'RESTARTING') {
    result = await whileRecovering(async () => {
      let r = result
      for (
        let attempt = 1;
        attempt <= MAX_RETRIES && !r.ok && r.error.code === 'RESTARTING';
        attempt++
      ) {
        await new Promise((resolve) => setTimeout(resolve, retryDelayMs(attempt)))
        r = await send(method, input)
      }
      return r
    })
  }
  if (!result.ok) {
    // A cadre's call refused for want of a login (two hours up, core restarted): tell whoever
    // listens (the workspace asks for the PIN again, over the form). A wrong PIN is not that.
    if (result.error.code === 'UNAUTHENTICATED' && method !== 'auth.login') {
      for (const listener of sessionLost) listener(result.error.message)
    }
    throw ApiProblem.from(result.error)
  }
  return result.data
}

const sessionLost = new Set<(message: string) => void>()

/** Runs `listener` with core's words whenever a call is refused because no one is logged in. */
export function onSessionLost(listener: (message: string) => void): () => void {
  sessionLost.add(listener)
  return () => sessionLost.delete(listener)
}

async function send<M extends Method>(method: M, input: Input<M>): Promise<Result<Output<M>>> {
  const village = bridge()
  try {
    return await village.invoke(method, input)
  } catch {
    // The bridge itself failed (IPC broken, window reloading): not a message for villagers.
    throw new ApiProblem('INTERNAL', '')
  }
}

/** Runs `listener` after any committed change, so screens show what was just published. */
export function onRecordsChanged(listener: (seq: number) => void): () => void {
  const village = findBridge()
  if (!village) return () => {}
  return village.onChanged(listener)
}

/** Turns anything thrown by a call into an ApiProblem, so stores keep one error shape. */
export function asProblem(e: unknown): ApiProblem {
  return e instanceof ApiProblem ? e : new ApiProblem('INTERNAL', '')
}
