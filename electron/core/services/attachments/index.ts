/** attachments.add / attachments.info, bound to the data folder the files live in. */
import type { AttachmentsMethod } from '../../../../contract/api/attachments'
import type { HandlerGroup } from '../../api/handlers'
import { addAttachment, attachmentInfo } from './store'

export { assertAttachmentsExist } from './store'

export function attachmentHandlers(opts: { dir: string }): HandlerGroup<AttachmentsMethod> {
  return {
    'attachments.add': (input, ctx) => addAttachment(opts.dir, input, ctx),
    'attachments.info': ({ names }, ctx) => attachmentInfo(ctx.store, names),
  }
}
