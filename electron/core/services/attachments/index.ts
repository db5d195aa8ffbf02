/** attachments.add / attachments.info / attachments.publicCheck, bound to the data folder the files live in. */
import type { AttachmentsMethod } from '../../../../contract/api/attachments'
import type { HandlerGroup } from '../../api/handlers'
import { publicCheck } from './public-pdf'
import { addAttachment, attachmentInfo } from './store'

export { assertAttachmentsExist } from './store'

export function attachmentHandlers(opts: { dir: string }): HandlerGroup<AttachmentsMethod> {
  return {
    'attachments.add': (input, ctx) => addAttachment(opts.dir, input, ctx),
    'attachments.info': ({ names }, ctx) => attachmentInfo(ctx.store, names),
    'attachments.publicCheck': ({ name }) => publicCheck(opts.dir, name),
  }
}
