/**
 * Villager questions: anyone at the kiosk asks, checks by receipt and rates the answer; cadres
 * answer; only the 监委 (or an admin) may keep a question off the public page, with a reason.
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
const WITHHOLDERS = ['supervisor', 'admin'] as const
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
  'questions.withhold': method(QuestionWithhold, WITHHOLDERS).returns<InboxQuestion>(),
} as const

/** Every method of this area, so core can prove it handles each one. */
export type QuestionsMethod = keyof typeof questionsApi
