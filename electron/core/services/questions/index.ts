/** Villager questions: ask, see the public board, check and rate by receipt; cadres answer. */
import type { QuestionsMethod } from '../../../../contract/api/questions'
import { ApiFailure } from '../../api/failure'
import type { HandlerGroup } from '../../api/handlers'
import type { Store } from '../../store/types'
import { unchangedSince } from '../unchanged'
import { answerQuestion, inbox, withholdQuestion } from './cadre'
import { villageDay } from './deadline'
import { submitQuestion } from './submit'
import type { QuestionRecord } from './types'
import { questionBoard, receiptView } from './views'

export { countOpenQuestions } from './views'

function byReceipt(store: Store, receipt: string): QuestionRecord {
  const q = store.all('questions').find((r) => r.receipt === receipt)
  if (!q) throw new ApiFailure('NOT_FOUND', '没有找到这个回执号，请核对回执上的 8 位数字')
  return q
}

/** Every handler of the questions area, joined into core's table by one spread. */
export const questionHandlers: HandlerGroup<QuestionsMethod> = {
  'questions.submit': submitQuestion,
  'questions.public': ({ status }, { store, now }) => questionBoard(store, now(), status),
  'questions.byReceipt': ({ receipt }, { store, now }) =>
    receiptView(byReceipt(store, receipt), villageDay(now())),
  'questions.feedback': async ({ receipt, value }, { store, now }) => {
    const q = byReceipt(store, receipt)
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
    return receiptView(next, villageDay(at))
  },
  'questions.inbox': (_input, ctx) => inbox(ctx),
  'questions.answer': answerQuestion,
  'questions.withhold': withholdQuestion,
}
