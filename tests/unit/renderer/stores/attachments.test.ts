/** The attachments store hands the screens what core said of each file, preview hash included. */
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, expect, it, vi } from 'vitest'
import type { AttachmentRecord, VillageBridge } from '../../../../contract'
import { useAttachmentsStore } from '../../../../renderer/src/stores/attachments'
import { thumbUrl } from '../../../../renderer/src/components/attachments/attachment-url'

const sha = 'a'.repeat(64)
const tsha = 'b'.repeat(64)
const record: AttachmentRecord = {
  name: `${sha}.jpg`,
  sha256: sha,
  ext: 'jpg',
  mime: 'image/jpeg',
  bytes: 10,
  fileName: 'x.jpg',
  thumb: true,
  thumbSha256: tsha,
  addedAt: '2026-01-01T00:00:00.000Z',
  addedBy: { id: 'u', name: 'u' },
}
const invoke = vi.fn()
beforeEach(() => {
  setActivePinia(createPinia())
  vi.stubGlobal('village', { invoke } as Partial<VillageBridge>)
  invoke.mockReset()
})

it('a photo just added is shown with its checked preview address (same window shows the public tiles)', async () => {
  invoke.mockResolvedValue({ ok: true, data: record })
  const store = useAttachmentsStore()
  await store.add({ data: 'x', fileName: 'x.jpg' } as never)
  await store.load([record.name]) // the public strip: already known, not asked again
  expect(thumbUrl(store.info(record.name)!)).toBe(`/attachments/thumbs/${sha}-${tsha}.jpg`)
})
