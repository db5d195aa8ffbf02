import { describe, expect, it } from 'vitest'
import { attachmentHandlers } from '../../../../../../electron/core/services/attachments'
import { harness } from '../ledger-admin/harness'
import { b64, png } from './samples'
import { tempDir } from '../../../../temp-dir'

describe('attachments.add file names', () => {
  it('never keeps an ID-card or phone number from the picked file name', async () => {
    const dir = tempDir('kiosk-attach-name-')
    const h = await harness('month', attachmentHandlers({ dir }))
    const r = await h.call('clerk', 'attachments.add', {
      data: b64(png()),
      fileName: '张三身份证110101199003078888手机13812345678.png',
    })
    expect(r.fileName).not.toMatch(/110101199003078888|13812345678/)
    expect(r.fileName).toMatch(/^张三身份证.*\*.*手机.*\*.*\.png$/)
    const stored = h.store.get('attachments', r.name)
    expect(JSON.stringify(stored)).not.toContain('110101199003078888')
  })
})
