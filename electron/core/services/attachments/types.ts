/** The attachments' records, added to the store by module augmentation. */
import type { AttachmentRecord } from '../../../../contract'

declare module '../../store/types' {
  interface Collections {
    attachments: AttachmentRecord
  }
}

export {}
