/** The journal's record of each new backup recovery code: who and when, never the code. */
import { randomUUID } from 'node:crypto'
import type { PersonRef } from '../../../../../contract'
import type { RecoveryCodeRecord } from '../../../../../contract/schemas/data-backup'
import type { Store } from '../../../store/types'

declare module '../../../store/types' {
  interface Collections {
    recoveryCodes: RecoveryCodeRecord
  }
}

/** Journals that `actor` made a new code at `at`; done before the key is re-wrapped. */
export async function logRecoveryCode(
  store: Store,
  actor: PersonRef | null,
  at: string,
): Promise<void> {
  const id = randomUUID()
  const value: RecoveryCodeRecord = { id, at, actor: actor?.name ?? '' }
  await store.commit({
    actor,
    action: 'backup.newRecoveryCode',
    entity: 'recoveryCodes',
    id,
    puts: [{ coll: 'recoveryCodes', id, value }],
  })
}

/** Every code made, newest first (journal order breaks ties). */
export function recoveryCodesOf(store: Store): RecoveryCodeRecord[] {
  return [...store.all('recoveryCodes')].reverse().sort((a, b) => b.at.localeCompare(a.at))
}
