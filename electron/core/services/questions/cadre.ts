/**
 * The cadres' side: the inbox, an answer (once, public with who and when), and withholding
 * (监委 members only, with a fixed reason the public page counts). Each change is journaled.
 */
import type { InboxQuestion, ParsedInput, PersonRef } from '../../../../contract'
import { ApiFailure } from '../../api/failure'
import type { Ctx } from '../../api/handlers'
import type { Store } from '../../store/types'
import { assertAttachmentsExist } from '../attachments'
import { villageDay } from './deadline'
import { askerIn } from './asker-in-answer'
import { maskQuestionText } from './loose-numbers'
import type { QuestionRecord } from './types'
import { byUrgency, inboxView, lookupIn, sharedReceipts } from './views'
import { unchangedSince } from '../unchanged'

const KIND_NAMES = {
  idCard: '身份证号',
  bankCard: '银行卡号',
  mobile: '手机号码',
  landline: '电话号码',
}

function mustFind(store: Store, id: string): QuestionRecord {
  const q = store.get('questions', id)
  if (!q) throw new ApiFailure('NOT_FOUND', '找不到这个问题，可能已被删除或编号不对')
  return q
}

function actorOf(ctx: Ctx): PersonRef {
  if (!ctx.actor) throw new ApiFailure('UNAUTHENTICATED', '请先登录，或登录已超时')
  return ctx.actor
}

/**
 * Writes `q` if the question is still as `before` (read by the handler) in the commit's turn:
 * two cadres answering at once, or one answering as another withholds, never write over each
 * other (an answer, once public, is never replaced).
 */
async function save(
  ctx: Ctx,
  action: string,
  q: QuestionRecord,
  before: QuestionRecord,
  also?: () => void,
): Promise<InboxQuestion> {
  const message = '这个问题刚刚被别人答复或处理过，请刷新后再看一遍'
  const unchanged = unchangedSince(ctx.store, 'questions', [before], message)
  await ctx.store.commit({
    actor: ctx.actor,
    action,
    entity: 'questions',
    id: q.id,
    puts: [{ coll: 'questions', id: q.id, value: q }],
    recheck: () => {
      unchanged()
      also?.()
    },
  })
  return inboxView(q, lookupIn(ctx.store, villageDay(ctx.now())), sharedReceipts(ctx.store))
}

/** Every question, open ones first with the overdue on top, withheld ones last. */
export function inbox(ctx: Ctx): InboxQuestion[] {
  const look = lookupIn(ctx.store, villageDay(ctx.now()))
  const shared = sharedReceipts(ctx.store)
  return ctx.store
    .all('questions')
    .map((q) => inboxView(q, look, shared))
    .sort((a, b) => Number(!!a.withheld) - Number(!!b.withheld) || byUrgency(a, b))
}

const ASKER_MESSAGES = {
  name: '答复里有提问人的姓名。答复会公开给全村，提问人的姓名不公开，请改称“您”或“提问人”后再提交',
  phone: '答复里有提问人留的电话号码。答复会公开给全村，请删去后再提交',
}

/**
 * Refuses an answer that would publish a personal number or who asked. The answer goes on the
 * board at once, as a villager's question does, so the same looser reading applies (139*1234*5678
 * is a mobile there too), and the asker's own name and phone, which the cadre sees, never go.
 */
function refuseUnsafeAnswer(text: string, q: QuestionRecord): void {
  const asker = askerIn(text, q)
  const found = maskQuestionText(text).kinds[0]
  const message = asker
    ? ASKER_MESSAGES[asker]
    : found && `答复里像是有${KIND_NAMES[found]}，答复会公开给全村，请删去后再提交`
  if (message) throw new ApiFailure('BAD_INPUT', `输入有误：${message}`, { text: message })
}

/** Answers a question once; the answer goes public, so it may not carry personal numbers. */
export async function answerQuestion(
  input: ParsedInput<'questions.answer'>,
  ctx: Ctx,
): Promise<InboxQuestion> {
  const by = actorOf(ctx)
  const q = mustFind(ctx.store, input.id)
  if (q.answer) throw new ApiFailure('CONFLICT', '这个问题已经答复过了，答复公开后不能再改')
  refuseUnsafeAnswer(input.text, q)
  assertAttachmentsExist(ctx.store, [{ path: 'attachments', names: input.attachments }])
  const answer = {
    text: input.text,
    attachments: input.attachments,
    by,
    at: ctx.now().toISOString(),
  }
  return save(ctx, 'questions.answer', { ...q, answer }, q)
}

function badDuplicate(message: string): ApiFailure {
  return new ApiFailure('BAD_INPUT', `输入有误：${message}`, { duplicateOf: message })
}

/**
 * Why `id` cannot be the question a 重复 repeats, or null: it must be another question that is
 * on the board (not withheld), so the asker can find it there, and asked before this one (a
 * question cannot repeat one nobody had asked yet).
 */
function duplicateProblem(store: Store, q: QuestionRecord, id: string): string | null {
  if (id === q.id) return '重复的问题不能选它自己，请选公开栏上和它一样的另一个问题'
  const other = store.get('questions', id)
  if (!other) return '找不到它重复的那个问题，请刷新后重新选'
  if (other.withheld)
    return '它重复的问题必须在公开栏上：选中的那个问题也不公开，提问人看不到，请选公开栏上的问题'
  if (Date.parse(other.submittedAt) > Date.parse(q.submittedAt))
    return '它重复的问题必须比它先提：选中的那个问题是后来才提的，请选在它之前提的问题'
  return null
}

/** Keeps a question off the public page with one of the fixed reasons; once only. */
export async function withholdQuestion(
  input: ParsedInput<'questions.withhold'>,
  ctx: Ctx,
): Promise<InboxQuestion> {
  const by = actorOf(ctx)
  const q = mustFind(ctx.store, input.id)
  if (q.withheld)
    throw new ApiFailure('CONFLICT', `这个问题已经不公开了（原因：${q.withheld.reason}）`)
  const of = input.duplicateOf
  const problem = of ? duplicateProblem(ctx.store, q, of) : null
  if (problem) throw badDuplicate(problem)
  const withheld = {
    reason: input.reason,
    by,
    at: ctx.now().toISOString(),
    ...(of ? { duplicateOf: of } : {}),
  }
  // The one it repeats may be withheld in the same moment: checked again in the commit's turn.
  const still = of
    ? () => {
        const late = duplicateProblem(ctx.store, q, of)
        if (late) throw badDuplicate(late)
      }
    : undefined
  return save(ctx, 'questions.withhold', { ...q, withheld }, q, still)
}
