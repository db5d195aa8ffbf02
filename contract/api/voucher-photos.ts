/** Voucher photos in bulk from a USB folder: a preview, then all attached in one change or none. */
import type { VoucherPhotosPreview, VoucherPhotosResult } from '../schemas/voucher-photos'
import { VoucherPhotosCommitInput, VoucherPhotosPreviewInput } from '../schemas/voucher-photos'
import { method } from './define'

const KEEPERS = ['clerk', 'admin'] as const

export const voucherPhotosApi = {
  'vouchers.photosPreview': method(
    VoucherPhotosPreviewInput,
    KEEPERS,
  ).returns<VoucherPhotosPreview>(),
  'vouchers.photosCommit': method(VoucherPhotosCommitInput, KEEPERS).returns<VoucherPhotosResult>(),
} as const

export type VoucherPhotosMethod = keyof typeof voucherPhotosApi
