import { describe, expect, it } from 'vitest'
import {
  fileUrl,
  thumbUrl,
} from '../../../../../renderer/src/components/attachments/attachment-url'

const sha = 'a'.repeat(64)

describe('attachment URLs', () => {
  it('show a stored thumbnail for a photo and for a PDF', () => {
    expect(thumbUrl({ name: `${sha}.png`, kind: 'photo', bytes: 9, thumb: true })).toBe(
      `/attachments/thumbs/${sha}.jpg`,
    )
    expect(thumbUrl({ name: `${sha}.pdf`, kind: 'pdf', bytes: 9, thumb: true })).toBe(
      `/attachments/thumbs/${sha}.jpg`,
    )
  })

  it('carry the preview’s own hash when its record has one, so a swapped preview is refused', () => {
    const thumbSha = 'b'.repeat(64)
    const info = {
      name: `${sha}.png`,
      kind: 'photo',
      bytes: 9,
      thumb: true,
      thumbSha256: thumbSha,
    } as const
    expect(thumbUrl(info)).toBe(`/attachments/thumbs/${sha}-${thumbSha}.jpg`)
  })

  it('fall back to the photo itself, and to nothing (the card) for a PDF', () => {
    expect(thumbUrl({ name: `${sha}.png`, kind: 'photo', bytes: 9, thumb: false })).toBe(
      `/attachments/${sha}.png`,
    )
    expect(thumbUrl({ name: `${sha}.pdf`, kind: 'pdf', bytes: 9, thumb: false })).toBe('')
    expect(fileUrl('../journal.jsonl')).toBe('')
  })
})
