/**
 * Voucher photos in bulk: a folder of phone photos matched to a period's lines by the 凭证号
 * or the date + amount in each file name, checked on screen, then attached all at once.
 */
import { z } from 'zod'
import { PeriodKey } from './period-key'
import { THUMB_MAX_BYTES } from './attachments'
import { Id } from './common'

/** Said when an iPhone photo in HEIC format is picked: core cannot read it, the phone can fix it. */
export const HEIC_REFUSAL = '苹果手机HEIC格式，请在手机设置里改为‘兼容性最佳’后重拍，或转成JPG'
/** Said when a file name holds an ID-card, bank-card or phone number. */
export const PERSONAL_NAME_REFUSAL =
  '文件名里有身份证号、银行卡号或手机号码，为保护隐私不能导入，请把文件改名后再选'
/** The most photos one import attaches. */
export const VOUCHER_PHOTOS_MAX = 200

const Path = z.string().min(1).max(4096)

export const VoucherPhotosPreviewInput = z.object({ period: PeriodKey, folder: Path }).strict()

export const VoucherPhotosCommitInput = z
  .object({
    period: PeriodKey,
    folder: Path,
    assign: z
      .array(
        z
          .object({
            path: Path,
            entryId: Id,
            /** A small JPEG the screen drew from the photo, stored beside it. */
            thumb: z
              .string()
              .max(Math.ceil(THUMB_MAX_BYTES / 3) * 4)
              .regex(/^[A-Za-z0-9+/]*={0,2}$/)
              .optional(),
          })
          .strict(),
      )
      .min(1, '还没有一张照片对上账目')
      .max(VOUCHER_PHOTOS_MAX, `一次最多导入 ${VOUCHER_PHOTOS_MAX} 张照片`),
  })
  .strict()

/** One photo of the folder and the line it belongs to (null: the clerk assigns it by tap). */
export interface VoucherPhoto {
  path: string
  /** The file name as shown, any personal number masked. */
  name: string
  bytes: number
  entryId: string | null
  /** By 凭证号 in the name, by date + amount, or not matched. */
  how: 'voucher' | 'dateAmount' | null
}

/** A file that cannot be attached, with the reason in plain words. */
export interface RefusedPhoto {
  name: string
  reason: string
}

/** A line a photo may go to. */
export interface VoucherLine {
  id: string
  voucherNo: string
  date: string
  summary: string
  direction: 'income' | 'expense'
  amountFen: number
  /** Files the line already has. */
  attachments: number
}

export interface VoucherPhotosPreview {
  period: string
  folder: string
  lines: VoucherLine[]
  photos: VoucherPhoto[]
  refused: RefusedPhoto[]
}

export interface VoucherPhotosResult {
  attached: number
  lines: number
}
