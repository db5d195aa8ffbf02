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

  it('fall back to the photo itself, and to nothing (the card) for a PDF', () => {
    expect(thumbUrl({ name: `${sha}.png`, kind: 'photo', bytes: 9, thumb: false })).toBe(
      `/attachments/${sha}.png`,
    )
    expect(thumbUrl({ name: `${sha}.pdf`, kind: 'pdf', bytes: 9, thumb: false })).toBe('')
    expect(fileUrl('../journal.jsonl')).toBe('')
  })
})
