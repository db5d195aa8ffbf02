/** Building blocks shared by every record schema. Messages are Chinese: they reach forms as is. */
import { z } from 'zod'

function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const dt = new Date(Date.UTC(y, mo - 1, d))
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d
}

export const IsoDate = z
  .string({ error: '请填写日期' })
  .refine(isRealDate, { message: '日期不存在或格式不对（应为 2026-03-05）' })
export const IsoDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, '时间格式不对')
export const Id = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, '编号格式不对')

/** The most one amount may be: 100 亿元, in fen. */
export const FEN_MAX = 1_000_000_000_000

/** Integer fen; positive amounts up to 100 亿元. */
export const Fen = z
  .number({ error: '金额必须是数字' })
  .int('金额必须精确到分')
  .min(0, '金额不能为负')
  .max(FEN_MAX, '金额过大')

// C0/C1 controls except tab/newline, bidi overrides, zero-width chars that can hide text.
const CONTROL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200B-\u200F\uFEFF]/

/**
 * Many marks piled on one letter ("Zalgo" text): one character hundreds of units long that no
 * line can wrap, drawn as a row of boxes or a tall smear over the lines around it. No writing
 * a village uses stacks this many (Tibetan stacks three or four).
 */
export const STACKED_MARKS = /\p{M}{8,}/u

const stackedMessage = (label: string) =>
  `${label}里有一个字上叠了许多记号，无法正常显示，请删去后重试`

/** Text from a person: trimmed, bounded, no control or direction-override characters. */
export const Text = (max: number, label = '内容') =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `${label}不能为空`)
    .max(max, `${label}不能超过${max}个字`)
    .refine((s) => !CONTROL.test(s), { message: `${label}含有不可见的控制字符，请删去后重试` })
    .refine((s) => !STACKED_MARKS.test(s), { message: stackedMessage(label) })

export const OptText = (max: number, label = '内容') =>
  z
    .string()
    .trim()
    .max(max, `${label}不能超过${max}个字`)
    .refine((s) => !CONTROL.test(s), { message: `${label}含有不可见的控制字符，请删去后重试` })
    .refine((s) => !STACKED_MARKS.test(s), { message: stackedMessage(label) })
    .default('')

export const Status = z.enum(['draft', 'submitted', 'returned', 'published'])
export type Status = z.infer<typeof Status>

export const PersonRef = z.object({ id: Id, name: z.string() })
export type PersonRef = z.infer<typeof PersonRef>

/** Workflow and version fields every publishable record carries. */
export const Publication = z.object({
  status: Status,
  version: z.number().int().min(1),
  createdAt: IsoDateTime,
  createdBy: PersonRef,
  /** Others who changed it before it was signed: none of them may sign it either. */
  editedBy: z.array(PersonRef).optional(),
  submittedAt: IsoDateTime.optional(),
  submittedBy: PersonRef.optional(),
  returnComment: z.string().optional(),
  publishedAt: IsoDateTime.optional(),
  publishedBy: PersonRef.optional(),
  /** Set on a correction: the id of the published version it replaces, and why. */
  supersedes: Id.optional(),
  correctionReason: z.string().optional(),
  /** Set on a published version once a correction of it is published. */
  supersededBy: Id.optional(),
})
export type Publication = z.infer<typeof Publication>
