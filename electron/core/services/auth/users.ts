/** The admin's account list, creating, changing and unlocking accounts, and changing one's own PIN. */
import { randomUUID } from 'node:crypto'
import type { HandlerGroup } from '../../api/handlers'
import { ApiFailure } from '../../api/failure'
import { nameKey } from '../../../../contract'
import { activeAdmins, putUser } from './accounts'
import { changeWords } from './account-events'
import { hashGate } from './hash-gate'
import { checkPin } from './login'
import { hashPassword } from './password'
import { serially } from './serial'
import { otherSupervisors, touchesSupervisor, witnessFor } from './supervisor-rule'
import { userView, type UserRecord } from './types'

const ROLE_ORDER = { admin: 0, supervisor: 1, clerk: 2 } as const
const WITNESS_WRONG = '这位监委成员的密码不对，请再试一次'
const CHANGED_MEANWHILE =
  '这个账号刚被管理员改过（重设了密码或停用），这次改密码没有保存，请重新登录'

/** auth.users / auth.saveUser / auth.unlock / auth.changePassword. */
export const userHandlers: HandlerGroup<
  'auth.users' | 'auth.saveUser' | 'auth.unlock' | 'auth.changePassword'
> = {
  'auth.users': (_input, { store, now }) =>
    [...store.all('users')]
      .sort(
        (a, b) =>
          Number(b.active) - Number(a.active) ||
          ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
          a.name.localeCompare(b.name, 'zh-CN'),
      )
      .map((u) => userView(u, now())),

  'auth.saveUser': async (input, ctx) => {
    const { store } = ctx
    const before = input.id === undefined ? undefined : store.get('users', input.id)
    // The 监委 confirmation comes first: refused before any hashing, and checked like a login.
    let witness: UserRecord | undefined
    if (touchesSupervisor(before, input)) {
      witness = witnessFor(store, input.id, input.witness)
      if (witness) {
        try {
          // The hash the PIN was checked against: a witness whose PIN is reset meanwhile no
          // longer confirms (checked again in the queue, as a login is).
          witness = await checkPin(ctx, witness, input.witness!.password)
        } catch (e) {
          if (!(e instanceof ApiFailure) || e.code !== 'UNAUTHENTICATED') throw e
          throw new ApiFailure('BAD_INPUT', WITNESS_WRONG, { 'witness.password': WITNESS_WRONG })
        }
      }
    }
    // Hash outside the queue: it is slow, and needs nothing from the store.
    const hash =
      input.password === undefined
        ? undefined
        : await hashGate.run(() => hashPassword(input.password!))
    return serially(store, async () => {
      const at = ctx.now().toISOString()
      const old = input.id === undefined ? undefined : store.get('users', input.id)
      if (input.id !== undefined && !old) throw new ApiFailure('NOT_FOUND', '找不到这个账号')
      const key = nameKey(input.name)
      const same = store.all('users').find((u) => u.id !== old?.id && nameKey(u.name) === key)
      if (same) {
        const msg = '已有同名的账号，请换一个名字（可加上小名或编号）'
        throw new ApiFailure('CONFLICT', msg, { name: msg })
      }
      if (input.memberId !== undefined && !store.get('members', input.memberId)) {
        const msg = '找不到这位村干部，请重新选择'
        throw new ApiFailure('BAD_INPUT', msg, { memberId: msg })
      }
      const self = old !== undefined && old.id === ctx.actor?.id
      if (self && (!input.active || input.role !== old.role)) {
        throw new ApiFailure('CONFLICT', '不能停用自己的账号或改变自己的角色，请让另一位管理员操作')
      }
      if (self && hash) {
        const msg = '改自己的密码请点“修改密码”，要先输入原密码'
        throw new ApiFailure('BAD_INPUT', msg, { password: msg })
      }
      const losesAdmin =
        old?.active && old.role === 'admin' && (!input.active || input.role !== 'admin')
      if (losesAdmin && activeAdmins(store).length <= 1) {
        throw new ApiFailure('CONFLICT', '至少要保留一个启用的管理员账号')
      }
      // Checked again in the queue: the 监委 accounts may have changed while we hashed.
      const supervisor = touchesSupervisor(old, input)
      const others = supervisor ? otherSupervisors(store, old?.id) : []
      const stillWitness = others.find((u) => u.id === witness?.id)
      if (
        others.length > 0 &&
        (!stillWitness || stillWitness.passwordHash !== witness!.passwordHash)
      ) {
        witnessFor(store, old?.id, undefined)
      }
      const next: UserRecord = {
        id: old?.id ?? randomUUID(),
        name: input.name,
        role: input.role,
        passwordHash: hash ?? old!.passwordHash,
        failedCount: hash ? 0 : (old?.failedCount ?? 0),
        lockedUntil: hash ? '' : (old?.lockedUntil ?? ''),
        active: input.active,
        createdAt: old?.createdAt ?? at,
        updatedAt: at,
      }
      if (input.memberId !== undefined) next.memberId = input.memberId
      // A new PIN empties the count of wrong ones, not the day's locks (lockout.ts).
      if (old?.lockTimes) next.lockTimes = old.lockTimes
      // A PIN the admin set is one the admin knows: its owner must choose their own first.
      if (hash || old?.mustChoosePin) next.mustChoosePin = true
      await putUser(store, ctx.actor, 'auth.saveUser', next, {
        actor: ctx.actor?.name ?? null,
        kind: old ? 'update' : 'create',
        changes: changeWords(old, next, hash !== undefined),
        supervisor,
        ...(supervisor && others.length > 0 && witness ? { witness: witness.name } : {}),
        shownPublicly: supervisor && others.length === 0,
      })
      const changed = old && (hash || !next.active || next.role !== old.role)
      if (changed && !self) ctx.sessions.endUser(next.id)
      else if (old && old.name !== next.name) ctx.sessions.renameUser(next.id, next.name)
      return userView(next, ctx.now())
    })
  },

  'auth.unlock': ({ id }, ctx) =>
    serially(ctx.store, async () => {
      const old = ctx.store.get('users', id)
      if (!old) throw new ApiFailure('NOT_FOUND', '找不到这个账号')
      if (old.failedCount === 0 && !old.lockedUntil) {
        throw new ApiFailure('CONFLICT', '这个账号没有被锁定，不用解除')
      }
      const next = { ...old, failedCount: 0, lockedUntil: '', updatedAt: ctx.now().toISOString() }
      await putUser(ctx.store, ctx.actor, 'auth.unlock', next, {
        actor: ctx.actor?.name ?? null,
        kind: 'unlock',
        changes: ['解除锁定，密码错误次数清零'],
        supervisor: old.active && old.role === 'supervisor',
        // A 监委's lock lifted lets guessing at their PIN go on: shown on the public screens.
        shownPublicly: old.active && old.role === 'supervisor',
      })
      return userView(next, ctx.now())
    }),

  'auth.changePassword': async ({ current, next }, ctx) => {
    const me = ctx.actor ? ctx.store.get('users', ctx.actor.id) : undefined
    if (!me) throw new ApiFailure('UNAUTHENTICATED', '请先登录，或登录已超时')
    let checked: UserRecord
    try {
      checked = await checkPin(ctx, me, current)
    } catch (e) {
      if (!(e instanceof ApiFailure) || e.code !== 'UNAUTHENTICATED') throw e
      const msg = '原密码不对，请再试一次'
      throw new ApiFailure('BAD_INPUT', msg, { current: msg })
    }
    const hash = await hashGate.run(() => hashPassword(next))
    await serially(ctx.store, async () => {
      const fresh = ctx.store.get('users', me.id)
      if (!fresh) throw new ApiFailure('NOT_FOUND', '找不到这个账号')
      const at = ctx.now().toISOString()
      const { mustChoosePin: _done, ...own } = fresh
      await putUser(
        ctx.store,
        ctx.actor,
        'auth.changePassword',
        { ...own, passwordHash: hash, updatedAt: at },
        {
          actor: fresh.name,
          kind: 'password',
          changes: ['本人用原密码修改了密码'],
          supervisor: fresh.active && fresh.role === 'supervisor',
          shownPublicly: false,
        },
        // Written only onto the account whose PIN was checked: an admin's reset (or switching
        // it off) meanwhile stands, and this change is refused.
        () => {
          const now = ctx.store.get('users', me.id)
          if (
            !now?.active ||
            now.role !== checked.role ||
            now.passwordHash !== checked.passwordHash
          ) {
            throw new ApiFailure('CONFLICT', CHANGED_MEANWHILE)
          }
        },
      )
      // As an admin's reset does: a window left logged in elsewhere must log in again.
      ctx.sessions.endUser(me.id, ctx.caller)
    })
    return null
  },
}
