/**
 * The demo village's three accounts, linked to its members, so anyone trying the kiosk can log
 * in as each role. Their PINs are public (README): they exist only in the demo village.
 */
import type { Member, UserRole } from '../../../contract'
import { hashUnpeppered, pepperHash } from '../services/auth/password'
import type { UserRecord } from '../services/auth/types'
import type { Change } from '../store/types'
import { createRng } from './rng'

/** Which member gets which role, and the PIN printed in the README. */
export const DEMO_LOGINS: ReadonlyArray<{ title: string; role: UserRole; pin: string }> = [
  { title: '村委会委员、报账员', role: 'clerk', pin: '111111' },
  { title: '村务监督委员会主任', role: 'supervisor', pin: '222222' },
  { title: '村党总支书记、村委会主任', role: 'admin', pin: '333333' },
]

// scrypt is slow on purpose; the demo is loaded again for every test folder, so each
// (pin, salt) is hashed once per process; each machine's pepper is applied after.
const hashes = new Map<string, Promise<string>>()

async function cachedHash(pin: string, salt: Buffer): Promise<string> {
  const key = `${pin}/${salt.toString('hex')}`
  let hash = hashes.get(key)
  if (!hash) hashes.set(key, (hash = hashUnpeppered(pin, salt)))
  return pepperHash(await hash)
}

/** The accounts as one demo.load change; salts and ids come from the seed, like every demo record. */
export async function demoUsersChange(
  seed: number | string,
  members: readonly Member[],
  at: string,
): Promise<Change> {
  const rng = createRng(`${seed}/users`)
  const users = await Promise.all(
    DEMO_LOGINS.map(async ({ title, role, pin }): Promise<UserRecord> => {
      const member = members.find((m) => m.title === title)
      if (!member) throw new Error(`demo: 找不到职务为 ${title} 的村干部`)
      const id = rng.uuid()
      const salt = Buffer.from(rng.uuid().replace(/-/g, ''), 'hex')
      return {
        id,
        name: member.name,
        role,
        passwordHash: await cachedHash(pin, salt),
        failedCount: 0,
        lockedUntil: '',
        active: true,
        memberId: member.id,
        createdAt: at,
        updatedAt: at,
      }
    }),
  )
  return {
    actor: null,
    action: 'demo.load',
    entity: 'users',
    id: 'demo',
    puts: users.map((u) => ({ coll: 'users', id: u.id, value: u })),
  }
}
