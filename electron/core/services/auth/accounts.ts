/** Reading accounts from the store and writing one account change to the journal. */
import type { PersonRef } from '../../../../contract'
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

/** Commits one account record as its own journal entry. */
export async function putUser(
  store: Store,
  actor: PersonRef | null,
  action: string,
  user: UserRecord,
): Promise<void> {
  await store.commit({
    actor,
    action,
    entity: 'users',
    id: user.id,
    puts: [{ coll: 'users', id: user.id, value: user }],
  })
}
