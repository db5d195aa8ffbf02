/**
 * Attachments (voucher photos, milestone photos, scanned signature sheets, PDFs): files named
 * by their content, `<sha256>.<ext>`, whose type core decides from the bytes alone.
 */
import { z } from 'zod'
import { ATTACHMENT_NAME } from '../enums'
import { IMAGE_MAX_WORDS } from '../image-size'

export const ATTACHMENT_EXTS = ['jpg', 'png', 'webp', 'pdf'] as const
export type AttachmentExt = (typeof ATTACHMENT_EXTS)[number]

/** The largest file a cadre may add, in bytes (10 MB), and the same limit in words. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024
export const ATTACHMENT_MAX_WORDS = '10 MB'
/** A thumbnail is a small JPEG made by the screen that picked the file. */
export const THUMB_MAX_BYTES = 256 * 1024
/**
 * Its longest side in pixels, read from its header: screens make 320, and every tile of a public
 * list draws it, so a few bytes that say 60,000 × 60,000 are no preview.
 */
export const THUMB_MAX_SIDE = 1024
/** The most pages of a typed PDF core reads for personal numbers; a longer one is refused. */
export const PDF_MAX_PAGES = 300

export const AttachmentName = z.string().regex(ATTACHMENT_NAME, '附件不对，请重新选择文件')
export type AttachmentName = z.infer<typeof AttachmentName>

/** Chinese refusals, shared by core and the picker so both say the same thing. */
export const ATTACHMENT_MSG = {
  type: '只能上传照片（JPG、PNG、WebP）或 PDF 文件',
  empty: '这个文件是空的，请换一个文件',
  tooBig: `文件太大了，每个文件最大 ${ATTACHMENT_MAX_WORDS}，请拍小一点或分开上传`,
  thumb: '缩略图不对，请重新选择文件',
  missing: '附件不存在，请重新上传',
  pixels: `图片太大（超过 ${IMAGE_MAX_WORDS}），这台电脑显示不了。照片请缩小后再选，扫描件请用 300 dpi 重新扫描`,
  pdfBroken: '这个 PDF 文件打不开（可能已损坏或设了密码），请重新导出或扫描后再选',
  pdfTooLong: `这个 PDF 超过 ${PDF_MAX_PAGES} 页，查不完里面有没有个人号码，请分成几个文件再选`,
  pdfTooSlow: '这个 PDF 里的内容太多，查不完里面有没有个人号码，请分成几个文件再选',
} as const

/**
 * A typed PDF's refusal when its text holds a personal number (`what`: 身份证号, 手机号码…):
 * the page to look at, in the words of the record-text check.
 */
export const pdfNumberRefusal = (page: number, what: string): string =>
  `这个 PDF 第 ${page} 页有像${what}的内容，公开前请先遮住或删掉`

/**
 * What a public screen shows instead of a stored PDF (attached before its text was read, or
 * brought back by a restore) whose text holds a personal number (`what`: 身份证号…).
 */
export const pdfWithheld = (what: string): string =>
  `这个文件里有像${what}的内容，暂不公开。请告诉村干部处理`
/** The same, for a stored PDF too long to read to its end (then nobody can say it holds none). */
export const PDF_WITHHELD_UNREAD =
  '这个文件太长，查不完里面有没有个人号码，暂不公开。请告诉村干部处理'
/**
 * The same, for a stored PDF whose text could not be checked now: missing from the data folder or
 * changed there (its stored first-page preview may still be served), or its reader thread ended.
 */
export const PDF_WITHHELD_UNCHECKED =
  '这个文件现在查不了里面有没有个人号码，暂不公开。请告诉村干部处理'

/** Base64 text of at most `bytes` bytes (4 characters per 3 bytes). */
const Base64 = (bytes: number, message: string) =>
  z
    .string()
    .max(Math.ceil(bytes / 3) * 4, message)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, '文件内容不对，请重新选择文件')

/** One file as the picker sends it: the bytes, the name it had, and a JPEG thumbnail if made. */
export const AttachmentAdd = z
  .object({
    data: Base64(ATTACHMENT_MAX_BYTES, ATTACHMENT_MSG.tooBig),
    fileName: z.string().trim().max(200).default(''),
    thumb: Base64(THUMB_MAX_BYTES, ATTACHMENT_MSG.thumb).optional(),
    width: z.number().int().min(1).max(100_000).optional(),
    height: z.number().int().min(1).max(100_000).optional(),
  })
  .strict()
export type AttachmentAdd = z.input<typeof AttachmentAdd>

export const AttachmentNames = z.object({ names: z.array(AttachmentName).max(100) }).strict()
export const AttachmentOne = z.object({ name: AttachmentName }).strict()

/** Whether a public screen may show a stored file: null, or the line it shows instead. */
export interface AttachmentPublicCheck {
  withheld: string | null
}

/** What every screen may know of a file: enough to draw it, nothing about who added it. */
export interface AttachmentInfo {
  name: string
  kind: 'photo' | 'pdf'
  /** 0 when the file has no record (e.g. written by an older tool): shown without a size. */
  bytes: number
  width?: number
  height?: number
  /** True when a small JPEG preview is stored beside it. */
  thumb: boolean
  /** The preview's own sha256, which its bytes must hash to when shown (none on older records). */
  thumbSha256?: string
}

/** The stored record of one file; the journal says who added it and when. */
export interface AttachmentRecord {
  name: string
  sha256: string
  ext: AttachmentExt
  mime: string
  bytes: number
  fileName: string
  width?: number
  height?: number
  thumb: boolean
  /**
   * The preview's own sha256, journaled with the record: the preview file is named by its
   * original's hash, so this is what tells a swapped preview (none on records made before).
   */
  thumbSha256?: string
  addedAt: string
  addedBy: { id: string; name: string }
}

// Re-exported, not copied: public screens take these from the zod-free module.
export { ATTACHMENT_NAME } from '../enums'
