/**
 * Villager questions (质询): what a villager sends from the kiosk and what each side sees back.
 * The public views never carry the asker's name or phone; cadres see them in the inbox only.
 */
import { z } from 'zod'
import {
  ABOUT_SECTIONS,
  FEEDBACK_VALUES,
  QUESTION_STATUSES,
  QUESTION_TYPES,
  WITHHOLD_REASONS,
} from '../enums'
import { AttachmentName } from './attachments'
import { Id, OptText, Text } from './common'

export const QuestionType = z.enum(QUESTION_TYPES, { error: '请选择提问的类型' })
export type QuestionType = z.infer<typeof QuestionType>

export const WithholdReason = z.enum(WITHHOLD_REASONS, { error: '请选择不公开的原因' })
export type WithholdReason = z.infer<typeof WithholdReason>

export const Feedback = z.enum(FEEDBACK_VALUES, { error: '请选择满意或不满意' })
export type Feedback = z.infer<typeof Feedback>

export const AboutSection = z.enum(ABOUT_SECTIONS, { error: '提问针对的栏目不对' })
export type AboutSection = z.infer<typeof AboutSection>

export const QuestionStatus = z.enum(QUESTION_STATUSES)
export type QuestionStatus = z.infer<typeof QuestionStatus>

/** The kinds of personal number found in a question's text and masked before storing it. */
export type NumberKind = 'idCard' | 'bankCard' | 'mobile' | 'landline'
/** What was hidden in a villager's text: a personal number, or the asker's own name. */
export type MaskedKind = NumberKind | 'name'

const PHONE_SHAPE = /^(?:1[3-9]\d{9}|0\d{9,11}|[2-9]\d{6,7})$/

/** The receipt printed for the villager: 8 digits; spaces they type between groups are ignored. */
export const Receipt = z
  .string({ error: '请输入回执号' })
  .transform((s) => s.replace(/\s/g, ''))
  .pipe(z.string().regex(/^\d{8}$/, '回执号是 8 位数字，请核对后再输入'))

/** A villager's question as the kiosk sends it. */
export const QuestionSubmit = z
  .object({
    type: QuestionType,
    text: Text(300, '问题内容'),
    about: z.object({ section: AboutSection, id: Id }).strict().optional(),
    name: OptText(20, '姓名'),
    phone: OptText(20, '电话').refine(
      (s) => s === '' || PHONE_SHAPE.test(s.replace(/[\s-]/g, '')),
      { message: '电话号码不对：手机是 11 位数字，座机如 0515-83215678' },
    ),
  })
  .strict()
export type QuestionSubmit = z.input<typeof QuestionSubmit>

/** A cadre's answer; attachments are stored files (sha256.ext), as on ledger entries. */
export const QuestionAnswer = z
  .object({
    id: Id,
    text: Text(1000, '答复内容'),
    attachments: z.array(AttachmentName).max(5, '附件最多 5 个').default([]),
  })
  .strict()

/**
 * A 监委 member keeps a question off the public page, with one of the fixed reasons. As 重复
 * it names the public question it repeats, so the asker and the 监委 can see which one.
 */
export const QuestionWithhold = z
  .object({ id: Id, reason: WithholdReason, duplicateOf: Id.optional() })
  .strict()
  .superRefine((w, ctx) => {
    if (w.reason === '重复' && !w.duplicateOf)
      ctx.addIssue({
        code: 'custom',
        path: ['duplicateOf'],
        message: '因为“重复”不公开时，请选出重复的是公开栏上的哪一个问题',
      })
    if (w.reason !== '重复' && w.duplicateOf)
      ctx.addIssue({
        code: 'custom',
        path: ['duplicateOf'],
        message: '只有原因是“重复”时才选它重复的问题',
      })
  })

/** The published item a question is about, with the title it had when asked. */
export interface QuestionAbout {
  section: AboutSection
  id: string
  title: string
}

/**
 * The item a question is about as the public sees it now: `id` and `title` are those of its
 * current published version. `correction` is there when it was corrected after the question
 * was asked, with the title it was asked under when that title reads differently since (one
 * changed only inside a number the public screen masks does not: it would look the same).
 */
export interface QuestionAboutView extends QuestionAbout {
  correction?: { askedTitle?: string }
}

/** An answer as everyone sees it: what was said, who said it, when. */
export interface AnswerView {
  text: string
  attachments: string[]
  by: string
  at: string
}

/** One question as the public page shows it: masked text, no name, no phone, no receipt. */
export interface QuestionView {
  id: string
  type: QuestionType
  text: string
  /** True when a personal number in the text was hidden before anything was stored. */
  masked: boolean
  about?: QuestionAboutView
  submittedAt: string
  /** Last village day (ISO date, Asia/Shanghai) an answer is due. */
  dueAt: string
  status: QuestionStatus
  /** Days until dueAt (0 on the due day); only while waiting. */
  daysLeft?: number
  /** Days past dueAt; only while overdue. */
  daysOverdue?: number
  answer?: AnswerView
  /** The answer came after dueAt. */
  answeredLate?: boolean
  feedback?: Feedback
}

/** The public 村务监督 page: questions and the counts anyone can check. */
export interface QuestionBoard {
  today: string
  dueDays: number
  questions: QuestionView[]
  counts: {
    waiting: number
    overdue: number
    answered: number
    withheld: Record<WithholdReason, number>
    feedback: Record<Feedback, number>
  }
}

/** The public question a question withheld as 重复 repeats. */
export interface DuplicateOf {
  id: string
  /** As the board shows it now; absent once it was withheld too. */
  question?: QuestionView
}

/** What the asker sees by receipt: their question, even if it was withheld (and why). */
export interface ReceiptView extends QuestionView {
  receipt: string
  withheld?: { reason: WithholdReason; at: string; duplicateOf?: DuplicateOf }
  /** An answer exists and no verdict was given yet. */
  canGiveFeedback: boolean
}

/** A question in the cadres' inbox: with the asker's name and phone, for calling back. */
export interface InboxQuestion extends ReceiptView {
  name: string
  phone: string
  withheldBy?: string
  /**
   * Days past its due day it was, unanswered, when withheld (absent if it was not overdue
   * then): a withheld question leaves the board's overdue count, the 监委 still sees this.
   */
  withheldOverdueDays?: number
  /**
   * Another question holds the same receipt number (two PCs of the village drew it, and a
   * restore brought both together): it opens neither by receipt, and its asker is sent to the
   * 监委, who tell them the answer in person.
   */
  receiptShared?: true
}

/** What the kiosk shows after a question was sent. */
export interface SubmitReceipt {
  receipt: string
  dueAt: string
  /** Which personal numbers were hidden, so the receipt screen can say so. */
  maskedKinds: MaskedKind[]
}

// Re-exported, not copied: public screens take these from the zod-free module.
export {
  ABOUT_SECTIONS,
  FEEDBACK_VALUES,
  QUESTION_STATUSES,
  QUESTION_TYPES,
  WITHHOLD_REASONS,
} from '../enums'
