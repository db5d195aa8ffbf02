/**
 * The records core keeps without a contract schema (accounts, questions as stored, attachments'
 * records, the 核验 lists, the setup marker, learned 会计科目): their shapes, so a restore can
 * refuse one the app could never have written before it reaches a screen.
 */
import { z } from 'zod'
import {
  AboutSection,
  ATTACHMENT_EXTS,
  AttachmentName,
  CATEGORY_CODES,
  Feedback,
  Id,
  IsoDate,
  IsoDateTime,
  isItemOf,
  PersonRef,
  QuestionType,
  UserRole,
  WithholdReason,
} from '../../../../../contract'

const count = z.number().int().min(0)
const hex64 = z.string().regex(/^[a-f0-9]{64}$/)
/** A name as a record keeps it (an account's name, at most 40 characters; '' for no one). */
const Name = z.string().max(40)

/** An account as core stores it (the hash never crosses the boundary). */
export const UserRecordShape = z.object({
  id: z.string().min(1),
  name: z.string().min(1).max(40),
  role: UserRole,
  passwordHash: z.string().regex(/^(pscrypt\$[a-f0-9]{16}\$)?scrypt\$/, '密码记录格式不对'),
  failedCount: count,
  lockedUntil: z.string(),
  lockTimes: z.array(z.string()).max(10).optional(),
  active: z.boolean(),
  memberId: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
})

/** A villager's question as stored (questions/types.ts QuestionRecord). */
export const QuestionRecordShape = z
  .object({
    id: Id,
    receipt: z.string().regex(/^\d{8}$/),
    type: QuestionType,
    text: z.string().min(1).max(2000),
    masked: z.boolean(),
    about: z.object({ section: AboutSection, id: Id, title: z.string() }).strict().optional(),
    name: z.string().max(100),
    phone: z.string().max(100),
    source: z.string().max(200),
    submittedAt: IsoDateTime,
    dueAt: IsoDate,
    answer: z
      .object({
        text: z.string().min(1).max(5000),
        attachments: z.array(AttachmentName),
        by: PersonRef,
        at: IsoDateTime,
      })
      .strict()
      .optional(),
    withheld: z
      .object({
        reason: WithholdReason,
        by: PersonRef,
        at: IsoDateTime,
        duplicateOf: Id.optional(),
      })
      .strict()
      .optional(),
    feedback: Feedback.optional(),
    feedbackAt: IsoDateTime.optional(),
  })
  .strict()

/** The record of one stored file (contract AttachmentRecord). */
export const AttachmentRecordShape = z
  .object({
    name: AttachmentName,
    sha256: hex64,
    ext: z.enum(ATTACHMENT_EXTS),
    mime: z.string().max(100),
    bytes: count,
    fileName: z.string().max(1000),
    width: count.optional(),
    height: count.optional(),
    thumb: z.boolean(),
    thumbSha256: hex64.optional(),
    addedAt: IsoDateTime,
    addedBy: PersonRef,
  })
  .strict()

/** The marker that the demo village was left (auth/types.ts SetupState). */
export const SetupStateShape = z
  .object({ leftDemoAt: IsoDateTime, demoBackup: z.string().max(200) })
  .strict()

/** A remembered 会计科目 answer (contract LearnedSubject). */
export const LearnedSubjectShape = z
  .object({
    subject: z.string().min(1).max(60),
    category: z.enum(CATEGORY_CODES),
    item: z.string().min(1).max(30),
    savedAt: IsoDateTime,
    savedBy: PersonRef,
  })
  .strict()
  .refine((s) => isItemOf(s.category, s.item), {
    message: '明细科目不属于所选类别',
    path: ['item'],
  })

/** A new recovery code was made: who and when (contract RecoveryCodeRecord). */
export const RecoveryCodeShape = z.object({ id: Id, at: IsoDateTime, actor: Name }).strict()

const Head = z.object({ seq: count, hash: z.string().regex(/^[a-f0-9]{0,64}$/) }).strict()

/** One restore as journaled (contract RestoreRecord). */
export const RestoreRecordShape = z
  .object({
    at: IsoDateTime,
    actor: Name,
    archive: z.string().max(1000),
    oldHead: Head,
    newHead: Head,
  })
  .strict()
