/**
 * The renderer's calls on their way to core's process, and what each one is owed when that
 * process dies: RESTARTING if it provably did nothing (ask again), INTERRUPTED if it may have
 * done something (look before redoing). Decided from the journal head, never guessed.
 */
import { fail, type Result } from '../../contract/result'
import { INTERRUPTED_MESSAGE, RESTARTING_MESSAGE } from '../core/host/protocol'
import type { ToCore } from '../core/host/protocol'

type Invoke = Extract<ToCore, { type: 'invoke' }>

interface Pending {
  message: Invoke
  resolve(result: Result<unknown>): void
  /** The journal head main knew of when it was sent; null while it waits to be sent. */
  sentAt: number | null
  timer?: NodeJS.Timeout
}

const restarting = () => fail('RESTARTING', RESTARTING_MESSAGE)
const interrupted = () => fail('INTERRUPTED', INTERRUPTED_MESSAGE)

/** Calls in flight or waiting, keyed by the id core echoes back. */
export class CoreCalls {
  private readonly pending = new Map<number, Pending>()
  private nextId = 1
  /** A lower bound of core's journal head: raised by every answer and `changed`. */
  private seq = 0

  /** `waitMs`: how long a call may wait for a restarting core before it is answered anyway. */
  constructor(private readonly waitMs: number) {}

  /** A new call; `send` posts it now, or null while core is down (then it waits). */
  add(method: unknown, input: unknown, caller: string, send: ((m: Invoke) => void) | null) {
    return new Promise<Result<unknown>>((resolve) => {
      const p: Pending = {
        message: { type: 'invoke', id: this.nextId++, method, input, caller },
        resolve,
        sentAt: null,
      }
      this.pending.set(p.message.id, p)
      if (send) this.dispatch(p, send)
      else this.giveUpLater(p)
    })
  }

  /** Core answered call `id`, its journal then at `seq`. */
  answered(id: number, result: Result<unknown>, seq: number): void {
    this.saw(seq)
    const p = this.pending.get(id)
    if (p) this.answer(p, result)
  }

  /** Core's journal reached `seq`. */
  saw(seq: number): void {
    this.seq = Math.max(this.seq, seq)
  }

  /** Core's process died: every call waits for the next one, but not forever. */
  died(): void {
    for (const p of this.pending.values()) this.giveUpLater(p)
  }

  /** A core is ready at journal head `seq`: waiting calls go to it, caught ones get their answer. */
  ready(seq: number, send: (m: Invoke) => void): void {
    this.seq = seq
    for (const p of this.pending.values()) {
      if (p.sentAt === null) this.dispatch(p, send)
      // Nothing reached the journal since it was sent, so it did nothing: safe to ask again.
      else this.answer(p, p.sentAt === seq ? restarting() : interrupted())
    }
  }

  private dispatch(p: Pending, send: (m: Invoke) => void): void {
    clearTimeout(p.timer)
    p.sentAt = this.seq
    send(p.message)
  }

  private answer(p: Pending, result: Result<unknown>): void {
    clearTimeout(p.timer)
    this.pending.delete(p.message.id)
    p.resolve(result)
  }

  private giveUpLater(p: Pending): void {
    clearTimeout(p.timer)
    p.timer = setTimeout(
      () => this.answer(p, p.sentAt === null ? restarting() : interrupted()),
      this.waitMs,
    )
  }
}
