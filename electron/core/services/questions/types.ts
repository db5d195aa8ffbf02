/** A villager question as stored: only the masked text is ever kept; name and phone for cadres. */
import type {
  Feedback,
  PersonRef,
  QuestionAbout,
  QuestionType,
  WithholdReason,
} from '../../../../contract'

/** One question in the `questions` document, changed only by answer, withhold and feedback. */
export interface QuestionRecord {
  id: string
  /** 8 digits, unique: the villager's key to check the answer and rate it. */
  receipt: string
  type: QuestionType
  /** The text with personal numbers masked; the original is never stored. */
  text: string
  /** True when masking changed the text. */
  masked: boolean
  about?: QuestionAbout
  /** Optional, for a call-back; never in any public output. */
  name: string
  phone: string
  /** Opaque key of the kiosk window it came from, for the per-kiosk rate limit. */
  source: string
  submittedAt: string
  /** Last village day (ISO date) the answer is due. */
  dueAt: string
  answer?: { text: string; attachments: string[]; by: PersonRef; at: string }
  /** duplicateOf: the id of the question on the board this one repeats (reason 重复 only). */
  withheld?: { reason: WithholdReason; by: PersonRef; at: string; duplicateOf?: string }
  feedback?: Feedback
  feedbackAt?: string
}

declare module '../../store/types' {
  interface Collections {
    questions: QuestionRecord
  }
}
