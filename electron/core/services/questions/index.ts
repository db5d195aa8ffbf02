/** Villager questions: ask, see the public board, check and rate by receipt; cadres answer. */
import type { QuestionsMethod } from '../../../../contract/api/questions'
import { ApiFailure } from '../../api/failure'
import type { Ctx, HandlerGroup } from '../../api/handlers'
import { receiptWaitMessage } from '../../api/screen-backoff'
import { unchangedSince } from '../unchanged'
import { answerQuestion, inbox, withholdQuestion } from './cadre'
import { villageDay } from './deadline'
import { submitQuestion } from './submit'
import type { QuestionRecord } from './types'
import { lookupIn, questionBoard, receiptView } from './views'

export { countOpenQuestions } from './views'

/**
 * The question a receipt opens. A screen that has tried too many wrong receipts waits first,
 * whatever receipt it sends (a right one does not wipe its count): a guesser at the kiosk,
 * or a keyboard-like device typing for one, cannot go through the numbers.
 *
 * Two questions can hold one number after a restore: one asked at the old PC (in its backup),
 * one at a replacement PC set up again as the same village, each drawn without knowing the
 * other, each on a villager's paper receipt. Neither asker must see the other's question (a
 * withheld one too) or rate the other's answer, and the number alone cannot tell whose it is:
 * it opens neither, is no wrong guess, and sends the asker to the 监委, who see both in the inbox.
 */
function byReceipt({ store, sessions, caller }: Ctx, receipt: string): QuestionRecord {
  const wait = sessions.receipts.waitMs(caller)
  if (wait > 0) throw new ApiFailure('RATE_LIMITED', receiptWaitMessage(Math.ceil(wait / 1000)))
  const found = store.all('questions').filter((r) => r.receipt === receipt)
  if (found.length === 0) {
    sessions.receipts.failed(caller)
    throw new ApiFailure('NOT_FOUND', '没有找到这个回执号，请核对回执上的 8 位数字')
  }
  if (found.length > 1) throw new ApiFailure('CONFLICT', RECEIPT_SHARED_MESSAGE)
  return found[0]!
}

/** What the asker of a receipt two questions hold is told (see byReceipt). */
export const RECEIPT_SHARED_MESSAGE =
  '这个回执号同时对上了两个问题（换电脑恢复备份后极少会有），为了不把别人的问题给您看，这里不能显示。' +
  '请带着回执到村委会办公室，请村务监督委员会帮您查看答复'

/** Every handler of the questions area, joined into core's table by one spread. */
export const questionHandlers: HandlerGroup<QuestionsMethod> = {
  'questions.submit': submitQuestion,
  'questions.public': ({ status }, { store, now }) => questionBoard(store, now(), status),
  'questions.byReceipt': ({ receipt }, ctx) =>
    receiptView(byReceipt(ctx, receipt), lookupIn(ctx.store, villageDay(ctx.now()))),
  'questions.receiptWait': (_input, { sessions, caller }) => ({
    seconds: Math.ceil(sessions.receipts.waitMs(caller) / 1000),
  }),
  'questions.feedback': async ({ receipt, value }, ctx) => {
    const { store, now } = ctx
    const q = byReceipt(ctx, receipt)
    if (!q.answer) throw new ApiFailure('CONFLICT', '这个问题还没有答复，答复以后才能评价')
    if (q.feedback)
      throw new ApiFailure(
        'CONFLICT',
        `这个答复已经评价过了（${q.feedback}），每个问题只能评价一次`,
      )
    const at = now()
    const next: QuestionRecord = { ...q, feedback: value, feedbackAt: at.toISOString() }
    await store.commit({
      actor: null,
      action: 'questions.feedback',
      entity: 'questions',
      id: q.id,
      puts: [{ coll: 'questions', id: q.id, value: next }],
      // A 监委 withholding it in the same moment must not be written over by this older copy.
      recheck: unchangedSince(
        store,
        'questions',
        [q],
        '这个问题刚刚有了变动，请重新输入回执号查看',
      ),
    })
    return receiptView(next, lookupIn(store, villageDay(at)))
  },
  'questions.inbox': (_input, ctx) => inbox(ctx),
  'questions.answer': answerQuestion,
  'questions.withhold': withholdQuestion,
}
