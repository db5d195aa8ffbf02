/**
 * scrypt runs on libuv's small thread pool, the same pool that writes and fsyncs the journal.
 * A burst of logins must not fill it and starve saves: only a few hashes run at once, a few
 * more wait their turn, and beyond that a login is refused at once (nothing is hashed).
 */
import { ApiFailure } from '../../api/failure'

/** Hashes running at once: leaves the rest of the (4-thread) pool to the disk. */
export const HASH_LIMIT = 1
/** Hashes waiting their turn before new ones are refused. */
export const HASH_QUEUE = 8

/** A counting semaphore for slow work; `run` refuses in Chinese when the queue is full. */
export class WorkGate {
  private running = 0
  private readonly waiting: Array<() => void> = []

  constructor(
    private readonly limit: number,
    private readonly queue: number,
  ) {}

  /** Runs `work` once a slot is free; rejects with RATE_LIMITED when too many already wait. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) {
      if (this.waiting.length >= this.queue) {
        throw new ApiFailure('RATE_LIMITED', '正在核对的密码太多，请稍等一会儿再试')
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve))
    } else {
      this.running++
    }
    try {
      return await work()
    } finally {
      const next = this.waiting.shift()
      if (next) next()
      else this.running--
    }
  }
}

/** The one gate every password hash and check in core goes through. */
export const hashGate = new WorkGate(HASH_LIMIT, HASH_QUEUE)
