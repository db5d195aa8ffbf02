/** The durable store's public surface: services depend on these and on the types only. */
export { openStore } from './store'
export { createMemoryStore } from './memory-store'
export { verifyJournal } from './journal-scan'
export type * from './types'
