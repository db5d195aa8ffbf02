/**
 * Year-round duties (冬季防火 …): who is responsible and what was done last. Not signed off one by
 * one: a save is shown at once, and every earlier version stays in the journal's history.
 */
import { randomUUID } from 'node:crypto'
import type { Duty } from '../../../../contract'
import { ApiFailure } from '../../api/failure'
import type { HandlerGroup } from '../../api/handlers'
import '../sections/store-types'
import { FieldErrors } from './field-errors'
import { refusePersonalNumbers } from './personal-numbers'
import { actorOf } from './workflow'

const byOrder = (a: Duty, b: Duty) => a.order - b.order || a.name.localeCompare(b.name, 'zh-CN')

/** duties.list (every duty, for cadres) and duties.save. */
export const dutyHandlers: HandlerGroup<'duties.list' | 'duties.save'> = {
  'duties.list': (_input, { store }) => [...store.all('duties')].sort(byOrder),

  'duties.save': async ({ id, ...input }, ctx) => {
    const actor = actorOf(ctx)
    const old = id ? ctx.store.get('duties', id) : undefined
    if (id && !old) throw new ApiFailure('NOT_FOUND', '没有找到这项工作，可能编号有误')
    const errors = new FieldErrors()
    if (!ctx.store.get('members', input.memberId))
      errors.add('memberId', '请从村干部名单里选择负责人')
    errors.throwIfAny()
    refusePersonalNumbers([
      { path: 'name', label: '工作名称', value: input.name },
      { path: 'statusText', label: '当前情况', value: input.statusText },
      { path: 'lastAction', label: '最近一次工作', value: input.lastAction },
    ])
    const at = ctx.now().toISOString()
    const duty: Duty = {
      ...input,
      id: old?.id ?? randomUUID(),
      // Shown at once: a duty's 当前情况 changes weekly and is not a decision to sign off.
      status: 'published',
      version: (old?.version ?? 0) + 1,
      createdAt: old?.createdAt ?? at,
      createdBy: old?.createdBy ?? actor,
      publishedAt: at,
      publishedBy: actor,
      updatedAt: at,
    }
    await ctx.store.commit({
      actor,
      action: 'duties.save',
      entity: 'duties',
      id: duty.id,
      puts: [{ coll: 'duties', id: duty.id, value: duty }],
    })
    return duty
  },
}
