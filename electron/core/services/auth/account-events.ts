/** Account changes in plain words: what 核验 lists, and the public 监委账号已变更 notice. */
import type { AccountEvent, SupervisorChangeNotice } from '../../../../contract'
import type { HandlerGroup } from '../../api/handlers'
import { villageToday } from '../sections/days'
import type { Store } from '../../store/types'
import type { UserRecord } from './types'

const ROLE = { clerk: '录入员', supervisor: '监委', admin: '管理员' } as const
/** The home screen repeats the notice this long; the 村务监督 screen always shows the latest. */
const RECENT_MS = 30 * 86_400_000

/** The changes an admin made to an account, e.g. ["角色：录入员 → 监委", "重设密码"]. */
export function changeWords(
  old: UserRecord | undefined,
  next: UserRecord,
  newPassword: boolean,
): string[] {
  if (!old) return [`新建账号（${ROLE[next.role]}）`]
  const out: string[] = []
  if (old.name !== next.name) out.push(`姓名：${old.name} → ${next.name}`)
  if (old.role !== next.role) out.push(`角色：${ROLE[old.role]} → ${ROLE[next.role]}`)
  if (old.active !== next.active) out.push(next.active ? '启用账号' : '停用账号')
  if (newPassword) out.push('重设密码')
  if (old.memberId !== next.memberId) out.push('改了对应的村干部')
  return out.length ? out : ['重新保存，没有改动']
}

/** Newest first; records keep the journal's order, so changes in the same second stay in order. */
function newest(store: Store): AccountEvent[] {
  return [...store.all('accountEvents')].reverse().sort((a, b) => b.at.localeCompare(a.at))
}

/** The latest unconfirmed 监委 change as the public screens show it, or null. */
export function supervisorNotice(store: Store, now: Date): SupervisorChangeNotice | null {
  const last = newest(store).find((e) => e.shownPublicly)
  if (!last) return null
  const at = new Date(last.at)
  return { date: villageToday(at), recent: now.getTime() - at.getTime() < RECENT_MS }
}

/** audit.accounts / auth.supervisorChange. */
export const accountEventHandlers: HandlerGroup<'audit.accounts' | 'auth.supervisorChange'> = {
  'audit.accounts': (_input, { store }) => newest(store),
  'auth.supervisorChange': (_input, { store, now }) => supervisorNotice(store, now()),
}
