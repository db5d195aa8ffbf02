/**
 * One workflow for every publishable record type: draft → submitted → published by a 监委
 * member, or returned with a comment; a published record is frozen and corrected only by a new
 * version. A draft never published may be deleted. Each record type gives a small spec; this
 * file makes its handlers.
 */
import { randomUUID } from 'node:crypto'
import { Publication } from '../../../../contract'
import type { PersonRef } from '../../../../contract'
import type { WorkflowVerb } from '../../../../contract/api/workflow'
import { ApiFailure } from '../../api/failure'
import type { Ctx, HandlerGroup } from '../../api/handlers'
import type { Collections } from '../../store/types'
import { editorsAfter } from '../editors'
import { assertLinks, type Link } from './links'
import { refusePersonalNumbers, type TextField } from './personal-numbers'
import {
  assertCorrectable,
  assertEditable,
  assertMayRemove,
  assertNotOwn,
  assertRemovable,
  assertStillCurrent,
  assertSubmitted,
} from './workflow-rules'
import { villageToday } from '../sections/days'
import { unchangedSince } from '../unchanged'

export type WorkflowColl =
  | 'projects'
  | 'matters'
  | 'meetings'
  | 'notices'
  | 'budget'
  | 'assets'
  | 'debts'
  | 'distributions'
  | 'specials'
export type WorkflowRecord<C extends WorkflowColl = WorkflowColl> = Collections[C]
/** What a clerk types for a record: everything but the id and the workflow fields. */
export type Content<C extends WorkflowColl> = Omit<
  Collections[C],
  keyof Publication | 'id' | 'updatedAt'
>
export type WorkflowMethod<C extends WorkflowColl> = `${C}.${WorkflowVerb}`

/** What a record type tells the workflow about itself. */
export interface WorkflowSpec<C extends WorkflowColl> {
  coll: C
  /** What one record is called in messages: 项目, 事项, 公告. */
  noun: string
  title(r: Collections[C]): string
  /** Every free-text field, checked for personal numbers before anything is stored. */
  texts(c: Content<C>): TextField[]
  /**
   * Rules beyond the schema and normalising (masking names, ordering); throws BAD_INPUT. A
   * correction (being filed or saved again) is given the published record it replaces; a draft
   * saved again, its own id (`self`), so rules across records can leave it out.
   */
  prepare?(c: Content<C>, ctx: Ctx, original?: Collections[C], self?: string): Content<C>
  /**
   * Projects and matters the record links to. Its prepare refuses links to unpublished ones
   * (addLinkErrors); the workflow checks them again when it is submitted and when it is signed.
   */
  links?(c: Content<C>): Link[]
  /**
   * Rules the record must meet on the day it goes public (`today` in the village, as the public
   * 公示 countdown counts it), checked when it is submitted
   * and again when it is signed, since days may pass between; throws BAD_INPUT. A correction
   * is given the published record it replaces as `original`; `ctx` reads the other records.
   */
  goingPublic?(
    r: Collections[C],
    today: string,
    step: 'submit' | 'publish',
    original: Collections[C] | undefined,
    ctx: Ctx,
  ): void
}

const PUBLICATION_KEYS = Publication.keyof().options

/** The workflow fields of a stored record, so a save replaces every content field wholesale. */
function publicationOf(r: object): Partial<Publication> {
  const out: Record<string, unknown> = {}
  for (const k of PUBLICATION_KEYS) if (k in r) out[k] = (r as Record<string, unknown>)[k]
  return out as Partial<Publication>
}

/** The signed-in cadre; createApi has already checked the role, this only narrows the type. */
export function actorOf(ctx: Ctx): PersonRef {
  if (!ctx.actor) throw new ApiFailure('UNAUTHENTICATED', '请先登录，或登录已超时')
  return ctx.actor
}

type Loose = Record<string, unknown> & { id?: string; reason?: string }
type Input = Loose & { comment?: string }

/** Makes the workflow handlers of one record type from its spec. */
export function workflowHandlers<C extends WorkflowColl>(
  spec: WorkflowSpec<C>,
): HandlerGroup<WorkflowMethod<C>> {
  const { coll, noun } = spec
  type R = Collections[C]
  const find = (ctx: Ctx, id: string): R => {
    const r = ctx.store.get(coll, id)
    if (!r) throw new ApiFailure('NOT_FOUND', `没有找到这条${noun}，可能编号有误`)
    return r
  }
  const contentOf = (input: Loose, ctx: Ctx, original?: R, self?: string): Content<C> => {
    const { id: _id, reason: _reason, ...rest } = input
    let c = rest as unknown as Content<C>
    if (spec.prepare) c = spec.prepare(c, ctx, original, self)
    refusePersonalNumbers(spec.texts(c))
    return c
  }
  /**
   * Writes `record` (and `also`) if every record in `read` is still as the handler read it, and
   * `still` (another rule read before) still holds, checked in the commit's own turn: two screens
   * submitting, signing or correcting one record at once cannot both go through.
   */
  const write = async (
    ctx: Ctx,
    verb: WorkflowVerb,
    record: R,
    also: R[] = [],
    read: R[] = [],
    still?: () => void,
  ): Promise<R> => {
    const unchanged = unchangedSince(
      ctx.store,
      coll,
      read,
      `这条${noun}刚刚被别人改动过，请刷新后再看一遍`,
    )
    await ctx.store.commit({
      actor: actorOf(ctx),
      action: `${coll}.${verb}`,
      entity: coll,
      id: record.id,
      puts: [record, ...also].map((value) => ({ coll, id: value.id, value })),
      recheck: () => {
        unchanged()
        still?.()
      },
    })
    return record
  }
  /**
   * The record's rules on the day it goes public and its links, as a check run once as the step
   * is asked for and again in its commit's turn: a matter corrected to a failed vote, signed on
   * another screen at the same moment, refuses the project rather than lands under it.
   */
  const goingPublic =
    (ctx: Ctx, r: R, step: 'submit' | 'publish', original: R | undefined) => (): void => {
      spec.goingPublic?.(r, villageToday(ctx.now()), step, original, ctx)
      if (spec.links) assertLinks(ctx.store, spec.links(r))
    }
  const stamp = (ctx: Ctx) => ctx.now().toISOString()
  const reasonOnlyForCorrections = () =>
    new ApiFailure('BAD_INPUT', '输入有误：只有更正才需要填写更正原因', {
      reason: '只有更正才需要填写更正原因',
    })

  const handlers = {
    async save(input: Input, ctx: Ctx): Promise<R> {
      const actor = actorOf(ctx)
      const at = stamp(ctx)
      if (!input.id) {
        if (input.reason) throw reasonOnlyForCorrections()
        const c = contentOf(input, ctx)
        const fresh = { status: 'draft', version: 1, createdAt: at, createdBy: actor }
        return write(ctx, 'save', { ...c, ...fresh, id: randomUUID(), updatedAt: at } as R)
      }
      const old = find(ctx, input.id)
      assertEditable(old, noun, '修改')
      if (input.reason && !old.supersedes) throw reasonOnlyForCorrections()
      const c = contentOf(
        input,
        ctx,
        old.supersedes ? ctx.store.get(coll, old.supersedes) : undefined,
        old.id,
      )
      const reason = input.reason ? { correctionReason: input.reason } : {}
      const pub = publicationOf(old)
      return write(
        ctx,
        'save',
        { ...c, ...pub, ...reason, ...editorsAfter(old, actor), id: old.id, updatedAt: at } as R,
        [],
        [old],
      )
    },

    async submit(input: Input, ctx: Ctx): Promise<R> {
      const r = find(ctx, String(input.id))
      assertEditable(r, noun, '提交')
      const original = r.supersedes ? ctx.store.get(coll, r.supersedes) : undefined
      const rules = goingPublic(ctx, r, 'submit', original)
      rules()
      if (r.supersedes) assertStillCurrent(original, noun)
      const { returnComment: _c, ...rest } = r
      const at = stamp(ctx)
      const next = { ...rest, status: 'submitted', submittedAt: at, submittedBy: actorOf(ctx) }
      return write(ctx, 'submit', { ...next, updatedAt: at } as R, [], [r], rules)
    },

    async return(input: Input, ctx: Ctx): Promise<R> {
      const r = find(ctx, String(input.id))
      assertSubmitted(r, noun, '退回')
      const next = { ...r, status: 'returned', returnComment: String(input.comment) }
      return write(ctx, 'return', { ...next, updatedAt: stamp(ctx) } as R, [], [r])
    },

    async publish(input: Input, ctx: Ctx): Promise<R> {
      const signer = actorOf(ctx)
      const r = find(ctx, String(input.id))
      assertSubmitted(r, noun, '公开')
      assertNotOwn(r, signer, noun)
      const original = r.supersedes ? ctx.store.get(coll, r.supersedes) : undefined
      const rules = goingPublic(ctx, r, 'publish', original)
      rules()
      if (r.supersedes) assertStillCurrent(original, noun)
      const at = stamp(ctx)
      const next = { ...r, status: 'published', publishedAt: at, publishedBy: signer }
      const replaced = original ? [{ ...original, supersededBy: r.id } as R] : []
      const read = [r, ...(original ? [original] : [])]
      return write(ctx, 'publish', { ...next, updatedAt: at } as R, replaced, read, rules)
    },

    async correct(input: Input, ctx: Ctx): Promise<R> {
      const original = find(ctx, String(input.id))
      const open = () =>
        ctx.store.all(coll).some((x) => x.supersedes === original.id && x.status !== 'published')
      assertCorrectable(original, noun, open())
      const c = contentOf(input, ctx, original)
      const at = stamp(ctx)
      const meta = {
        status: 'draft',
        version: original.version + 1,
        createdAt: at,
        createdBy: actorOf(ctx),
        supersedes: original.id,
        correctionReason: String(input.reason),
      }
      const record = { ...c, ...meta, id: randomUUID(), updatedAt: at } as R
      return write(ctx, 'correct', record, [], [original], () =>
        assertCorrectable(original, noun, open()),
      )
    },

    /**
     * Deletes a draft or a returned record, by its writer or an admin: journaled like any edit
     * (the journal keeps every earlier save), checked again in the commit's turn so a submit on
     * another screen wins. A correction's draft goes alone; the published version is untouched.
     */
    async remove(input: Input, ctx: Ctx): Promise<{ id: string }> {
      const r = find(ctx, String(input.id))
      assertRemovable(r, noun)
      assertMayRemove(r, actorOf(ctx), ctx.role)
      const unchanged = unchangedSince(
        ctx.store,
        coll,
        [r],
        `这条${noun}刚刚被别人改动过，请刷新后再看一遍`,
      )
      await ctx.store.commit({
        actor: actorOf(ctx),
        action: `${coll}.remove`,
        entity: coll,
        id: r.id,
        puts: [{ coll, id: r.id, value: null }],
        recheck: unchanged,
      })
      return { id: r.id }
    },

    drafts(_input: Input, ctx: Ctx): R[] {
      return [...ctx.store.all(coll)].sort(
        (a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id),
      )
    },
  }
  const group: Record<string, unknown> = {}
  for (const [verb, handler] of Object.entries(handlers)) group[`${coll}.${verb}`] = handler
  // Keys are built from `coll`; each handler's input was parsed by the contract's schema.
  return group as unknown as HandlerGroup<WorkflowMethod<C>>
}
