/**
 * The admin must not be able to make a 监委 account of their own and sign as the supervisor.
 * Any change to a 监委 account (a new one, a new PIN, a new name or role, switched on or off)
 * needs another current 监委 member's PIN on the same screen (a new PIN or role for a
 * switched-off one too); where there is no other one, the change is allowed but shown on the public screens as
 * 监委账号已变更 with its date.
 */
import type { SaveUserInput } from '../../../../contract'
import { ApiFailure } from '../../api/failure'
import type { Store } from '../../store/types'
import { activeSupervisors, findByName } from './accounts'
import type { UserRecord } from './types'

const isSupervisor = (u: Pick<UserRecord, 'active' | 'role'> | undefined): boolean =>
  u?.active === true && u.role === 'supervisor'

/** True when saving `input` over `old` changes who can sign as 监委, or how. */
export function touchesSupervisor(
  old: UserRecord | undefined,
  input: Pick<SaveUserInput, 'name' | 'role' | 'active' | 'password' | 'memberId'>,
): boolean {
  const becomes = input.active !== false && input.role === 'supervisor'
  // A switched-off 监委 given a new PIN: switched back on later, the confirming member would
  // vouch for a PIN the admin chose and its owner never knew. Made another role first, its PIN
  // could then be reset as that role's: that needs the confirmation too.
  const offSupervisor =
    old?.role === 'supervisor' && (input.password !== undefined || input.role !== 'supervisor')
  if (!isSupervisor(old) && !becomes && !offSupervisor) return false
  if (!old) return true
  return (
    old.name !== input.name ||
    old.role !== input.role ||
    old.active !== (input.active !== false) ||
    input.password !== undefined ||
    input.memberId !== old.memberId
  )
}

/** The 监委 members who could confirm a change to `targetId`: every active one but the target. */
export function otherSupervisors(store: Store, targetId: string | undefined): UserRecord[] {
  return activeSupervisors(store).filter((u) => u.id !== targetId)
}

const NEED = '改动监委账号，需要另一位监委成员当场在这台触摸屏上输入自己的密码确认'
const PICK = '请选择另一位监委成员（不能是被改动的这个账号）'
const ADMIN_SET = '这位监委成员还在用管理员设的密码，要先登录换成自己的密码，才能确认'

/**
 * The confirming 监委 member named in the input, when one is needed: refuses (changing nothing)
 * when nobody, or somebody who cannot confirm, is named. The PIN itself is checked by the caller.
 */
export function witnessFor(
  store: Store,
  targetId: string | undefined,
  witness: { name: string } | undefined,
): UserRecord | undefined {
  const others = otherSupervisors(store, targetId)
  if (others.length === 0) return undefined
  if (!witness) throw new ApiFailure('FORBIDDEN', NEED, { witness: NEED })
  const named = findByName(store, witness.name)
  if (!named || !others.some((u) => u.id === named.id)) {
    throw new ApiFailure('BAD_INPUT', PICK, { 'witness.name': PICK })
  }
  // A PIN an admin set is one the admin knows: it vouches for nothing until its owner changes it.
  if (named.mustChoosePin)
    throw new ApiFailure('BAD_INPUT', ADMIN_SET, { 'witness.name': ADMIN_SET })
  return named
}
