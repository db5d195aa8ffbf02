/**
 * subjects.*: the 会计科目 → public category table the clerk sees and edits. An answer given in
 * the import preview is saved here, journaled like any change, and used by every later import.
 */
import type { LearnedSubject, SubjectTable } from '../../../../contract/schemas/subject-map'
import { ApiFailure } from '../../api/failure'
import type { Ctx, HandlerGroup } from '../../api/handlers'
import { actorOf } from '../ledger-admin/rules'
import { STANDARD_SUBJECTS } from './import/chart'
import { subjectKey } from './import/resolve'
import './subjects/store'

function table(ctx: Ctx): SubjectTable {
  const learned = [...ctx.store.all('subjects')].sort((a, b) =>
    a.subject.localeCompare(b.subject, 'zh-CN'),
  )
  return { learned, standard: [...STANDARD_SUBJECTS] }
}

/** Handlers for the table: list, save one answer, forget one. */
export const subjectsHandlers: HandlerGroup<'subjects.list' | 'subjects.save' | 'subjects.remove'> =
  {
    'subjects.list': (_input, ctx) => table(ctx),
    'subjects.save': async ({ subject, category, item }, ctx) => {
      const actor = actorOf(ctx)
      const key = subjectKey(subject)
      if (!key) throw new ApiFailure('BAD_INPUT', '请写明会计科目')
      const value: LearnedSubject = {
        subject: key,
        category,
        item,
        savedAt: ctx.now().toISOString(),
        savedBy: actor,
      }
      await ctx.store.commit({
        actor,
        action: 'subjects.save',
        entity: 'subjects',
        id: key,
        puts: [{ coll: 'subjects', id: key, value }],
      })
      return table(ctx)
    },
    'subjects.remove': async ({ subject }, ctx) => {
      const actor = actorOf(ctx)
      const key = subjectKey(subject)
      if (!ctx.store.get('subjects', key))
        throw new ApiFailure('NOT_FOUND', `没有“${key}”这一条对应`)
      await ctx.store.commit({
        actor,
        action: 'subjects.delete',
        entity: 'subjects',
        id: key,
        puts: [{ coll: 'subjects', id: key, value: null }],
      })
      return table(ctx)
    },
  }
