/** Reading accounts from the store and writing one account change to the journal. */
import { randomUUID } from 'node:crypto'
import type { AccountEvent, PersonRef } from '../../../../contract'
import type { Store } from '../../store/types'
import type { UserRecord } from './types'

/** The account with this login name (names are unique), active or not. */
export function findByName(store: Store, name: string): UserRecord | undefined {
  return store.all('users').find((u) => u.name === name)
}

/** Active administrators: there must always be at least one. */
export function activeAdmins(store: Store): UserRecord[] {
  return store.all('users').filter((u) => u.active && u.role === 'admin')
}

/** Active 监委 accounts: the people who can sign, and who confirm changes to each other. */
export function activeSupervisors(store: Store): UserRecord[] {
  return store.all('users').filter((u) => u.active && u.role === 'supervisor')
}

/** What 核验 lists about a change; the id and time are filled in by `putUser`. */
export type EventFacts = Omit<AccountEvent, 'id' | 'at' | 'accountId' | 'account'>

/**
 * Commits one account record as its own journal entry; with `event`, the entry also carries
 * the account change 核验 lists (and, for an unconfirmed 监委 change, the public notice).
 */
export async function putUser(
  store: Store,
  actor: PersonRef | null,
  action: string,
  user: UserRecord,
  event?: EventFacts,
  /** Runs in the commit's own turn; throwing refuses the write (Store Change.recheck). */
  recheck?: () => void,
): Promise<void> {
  const puts: Array<{ coll: 'users' | 'accountEvents'; id: string; value: unknown }> = [
    { coll: 'users', id: user.id, value: user },
  ]
  if (event) {
    const id = randomUUID()
    const value: AccountEvent = {
      id,
      at: user.updatedAt,
      accountId: user.id,
      account: user.name,
      ...event,
    }
    puts.push({ coll: 'accountEvents', id, value })
  }
  await store.commit({
    actor,
    action,
    entity: 'users',
    id: user.id,
    puts,
    ...(recheck ? { recheck } : {}),
  })
}
