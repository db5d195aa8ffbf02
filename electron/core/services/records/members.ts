/** 村干部 and 监委 members with their duties: plain admin edits, each one journaled. */
import { randomUUID } from 'node:crypto'
import { ApiFailure } from '../../api/failure'
import type { HandlerGroup } from '../../api/handlers'
import type { UserRecord } from '../auth/types'
import '../sections/store-types'
import { compareMembers } from '../village'
import { actorOf } from './workflow'
import { refusePersonalNumbers } from './personal-numbers'

/** members.list (full phones, for the admin only), members.save, members.remove. */
export const memberHandlers: HandlerGroup<'members.list' | 'members.save' | 'members.remove'> = {
  'members.list': (_input, { store }) => [...store.all('members')].sort(compareMembers),

  'members.save': async ({ id, ...input }, ctx) => {
    if (id && !ctx.store.get('members', id))
      throw new ApiFailure('NOT_FOUND', '没有找到这位成员，可能已被删除')
    // The phone is masked on public screens; duties and office hours are shown as typed.
    refusePersonalNumbers([
      { path: 'name', label: '姓名', value: input.name },
      { path: 'title', label: '职务', value: input.title },
      { path: 'duties', label: '分工', value: input.duties },
      { path: 'officeHours', label: '坐班时间', value: input.officeHours },
    ])
    const member = { ...input, id: id ?? randomUUID() }
    await ctx.store.commit({
      actor: actorOf(ctx),
      action: 'members.save',
      entity: 'members',
      id: member.id,
      puts: [{ coll: 'members', id: member.id, value: member }],
    })
    return member
  },

  'members.remove': async ({ id }, ctx) => {
    if (!ctx.store.get('members', id))
      throw new ApiFailure('NOT_FOUND', '没有找到这位成员，可能已被删除')
    const account = ctx.store.all('users').find((u: UserRecord) => u.active && u.memberId === id)
    if (account) {
      throw new ApiFailure(
        'CONFLICT',
        `这位成员还有登录账号（${account.name}），请先在“账号管理”里停用该账号`,
      )
    }
    const duty = ctx.store.all('duties').find((d) => d.memberId === id)
    if (duty) {
      throw new ApiFailure('CONFLICT', `这位成员还负责“${duty.name}”，请先在常年工作里改派负责人`)
    }
    // The journal keeps the removed member; the public list simply no longer shows them.
    await ctx.store.commit({
      actor: actorOf(ctx),
      action: 'members.remove',
      entity: 'members',
      id,
      puts: [{ coll: 'members', id, value: null }],
    })
    return { id }
  },
}
