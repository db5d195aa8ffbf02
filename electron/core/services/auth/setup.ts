/**
 * First run: a real village enters its name, its cadres and its first administrator. Public,
 * so it must never reach a village that is already set up: it refuses once any account exists.
 */
import { randomUUID } from 'node:crypto'
import {
  VillageProfile,
  type AccountEvent,
  type Member,
  type SetupStatus,
} from '../../../../contract'
import type { HandlerGroup } from '../../api/handlers'
import { ApiFailure } from '../../api/failure'
import type { Store } from '../../store/types'
import { hashGate } from './hash-gate'
import { hashPassword } from './password'
import { serially } from './serial'
import { sessionUser, type UserRecord } from './types'

/** True while the kiosk shows the generated demo village. */
export function isDemo(store: Store): boolean {
  return store.get('village', 'profile')?.isDemo === true
}

/**
 * Setup is open only on a real village with no accounts at all; never on a halted folder (its
 * journal cut to nothing shows no accounts, yet the village is there, on disk and in backups).
 */
export function needsSetup(store: Store): boolean {
  return !isDemo(store) && !store.halted() && store.all('users').length === 0
}

/** setup.status / setup.begin, for an app started as a kiosk or as the township console. */
export const setupHandlers = (
  mode: SetupStatus['mode'],
): HandlerGroup<'setup.status' | 'setup.begin'> => ({
  'setup.status': (_input, { store }) => ({
    needsSetup: needsSetup(store),
    isDemo: isDemo(store),
    mode,
  }),

  'setup.begin': async (input, ctx) => {
    const { store } = ctx
    const refuse = (): never => {
      if (isDemo(store)) {
        throw new ApiFailure('CONFLICT', '现在是演示村，请管理员先在管理页面切换为正式村庄')
      }
      throw new ApiFailure('FORBIDDEN', '本村已经设置过，不能再次设置。如需新账号，请找管理员')
    }
    if (!needsSetup(store)) refuse()
    const hash = await hashGate.run(() => hashPassword(input.admin.password))
    return serially(store, async () => {
      // Checked again inside the queue: two setups at once must not both get through.
      if (!needsSetup(store)) refuse()
      const at = ctx.now().toISOString()
      const order = { party: 0, committee: 0, supervision: 0 }
      const members: Member[] = input.members.map((m) => ({
        id: randomUUID(),
        name: m.name,
        body: m.body,
        title: m.title,
        duties: '',
        officeHours: '',
        phone: '',
        order: order[m.body]++,
      }))
      const admin: UserRecord = {
        id: randomUUID(),
        name: input.admin.name,
        role: 'admin',
        passwordHash: hash,
        failedCount: 0,
        lockedUntil: '',
        active: true,
        createdAt: at,
        updatedAt: at,
      }
      const linked = members.find((m) => m.name === admin.name)
      if (linked) admin.memberId = linked.id
      const profile = VillageProfile.parse({ ...input.village, isDemo: false })
      const event: AccountEvent = {
        id: randomUUID(),
        at,
        actor: admin.name,
        accountId: admin.id,
        account: admin.name,
        kind: 'create',
        changes: ['首次设置，新建第一个管理员账号'],
        supervisor: false,
        shownPublicly: false,
      }
      await store.commit({
        actor: { id: admin.id, name: admin.name },
        action: 'setup.begin',
        entity: 'village',
        id: 'profile',
        puts: [
          { coll: 'village', id: 'profile', value: profile },
          ...members.map((m) => ({ coll: 'members' as const, id: m.id, value: m })),
          { coll: 'users', id: admin.id, value: admin },
          { coll: 'accountEvents', id: event.id, value: event },
        ],
      })
      const me = sessionUser(admin)
      ctx.sessions.start(ctx.caller, { id: me.id, name: me.name }, me.role)
      return { user: me }
    })
  },
})
