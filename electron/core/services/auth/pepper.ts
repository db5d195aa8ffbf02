/**
 * Which pepper PIN hashes use: the core that is answering a call sets it for the call's whole
 * async run, so several cores in one process (tests, benches) never mix their machines' secrets.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

/** The calling core's peppers: the one new hashes use, and every one it can verify. */
export interface PepperRing {
  current(): Promise<{ id: string; key: Buffer }>
  byId(id: string): Promise<Buffer | undefined>
}

const scope = new AsyncLocalStorage<PepperRing>()

/** Runs `work` with `ring` as the pepper source for every hash and check inside it. */
export function withPepper<T>(ring: PepperRing, work: () => T): T {
  return scope.run(ring, work)
}

/** The pepper source of the current call, or undefined outside any core (plain scrypt). */
export function pepperRing(): PepperRing | undefined {
  return scope.getStore()
}
