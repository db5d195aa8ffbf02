/**
 * Villager questions: anyone at the kiosk asks, checks by receipt and rates the answer; cadres
 * answer; only a 监委 member may keep a question off the public page, with a reason.
 */
import { z } from 'zod'
import {
  Feedback,
  QuestionAnswer,
  QuestionStatus,
  QuestionSubmit,
  QuestionWithhold,
  Receipt,
  type InboxQuestion,
  type QuestionBoard,
  type ReceiptView,
  type SubmitReceipt,
} from '../schemas/questions'
import type { LoginWait } from '../schemas/accounts'
import { method, None } from './define'

/** Cadres who answer; 监委 members watch and withhold, they do not answer for the committee. */
const ANSWERERS = ['clerk', 'admin'] as const
/**
 * Only the 监委 keeps a question off the board, as the board tells villagers: the cadres being
 * questioned (the admin is often the party secretary) may not take a question down themselves.
 */
const WITHHOLDERS = ['supervisor'] as const
const NOT_WITHHOLDER =
  '只有村务监督委员会成员可以把提问设为不公开：被提问的村干部不能自己撤下村民的提问。请联系监委会成员处理'
const CADRES = ['clerk', 'supervisor', 'admin'] as const

export const questionsApi = {
  'questions.submit': method(QuestionSubmit, 'public').returns<SubmitReceipt>(),
  'questions.public': method(
    z.object({ status: QuestionStatus.optional() }).strict(),
    'public',
  ).returns<QuestionBoard>(),
  'questions.byReceipt': method(
    z.object({ receipt: Receipt }).strict(),
    'public',
  ).returns<ReceiptView>(),
  'questions.feedback': method(
    z.object({ receipt: Receipt, value: Feedback }).strict(),
    'public',
  ).returns<ReceiptView>(),
  /** How long this screen waits before it may look up a receipt again (after wrong ones). */
  'questions.receiptWait': method(None, 'public').returns<LoginWait>(),
  'questions.inbox': method(None, CADRES).returns<InboxQuestion[]>(),
  'questions.answer': method(QuestionAnswer, ANSWERERS).returns<InboxQuestion>(),
  'questions.withhold': method(
    QuestionWithhold,
    WITHHOLDERS,
    NOT_WITHHOLDER,
  ).returns<InboxQuestion>(),
} as const

/** Every method of this area, so core can prove it handles each one. */
export type QuestionsMethod = keyof typeof questionsApi
