/** Attachments: cadres add files; every screen may ask what a named file is. */
import {
  AttachmentAdd,
  AttachmentNames,
  AttachmentOne,
  type AttachmentInfo,
  type AttachmentPublicCheck,
  type AttachmentRecord,
} from '../schemas/attachments'
import { method } from './define'

const CADRES = ['clerk', 'supervisor', 'admin'] as const

export const attachmentsApi = {
  'attachments.add': method(AttachmentAdd, CADRES).returns<AttachmentRecord>(),
  'attachments.info': method(AttachmentNames, 'public').returns<AttachmentInfo[]>(),
  /** Asked by the public viewer before it opens a stored PDF. */
  'attachments.publicCheck': method(AttachmentOne, 'public').returns<AttachmentPublicCheck>(),
} as const

export type AttachmentsMethod = keyof typeof attachmentsApi
