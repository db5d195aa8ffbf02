import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { attachmentForUrl } from '../../../../../../electron/core/services/attachments/paths'

const SHA = 'a'.repeat(64)
const DIR = join('/data', 'village')

describe('attachmentForUrl: the only paths that reach the data folder', () => {
  it('maps a stored file and its thumbnail with their types', () => {
    expect(attachmentForUrl(DIR, `/attachments/${SHA}.png`)).toEqual({
      file: join(DIR, 'attachments', `${SHA}.png`),
      mime: 'image/png',
      // What the file's bytes must hash to (a thumbnail is named by its original's, so none).
      sha256: SHA,
    })
    expect(attachmentForUrl(DIR, `/attachments/${SHA}.pdf`)?.mime).toBe('application/pdf')
    expect(attachmentForUrl(DIR, `/attachments/thumbs/${SHA}.jpg`)).toEqual({
      file: join(DIR, 'attachments', 'thumbs', `${SHA}.jpg`),
      mime: 'image/jpeg',
    })
    // A preview whose record carries its own hash: the same file, checked against that hash.
    const THUMB = 'b'.repeat(64)
    expect(attachmentForUrl(DIR, `/attachments/thumbs/${SHA}-${THUMB}.jpg`)).toEqual({
      file: join(DIR, 'attachments', 'thumbs', `${SHA}.jpg`),
      mime: 'image/jpeg',
      sha256: THUMB,
    })
  })

  it('refuses traversal, encodings, other names and other folders', () => {
    for (const path of [
      '/attachments/../journal.jsonl',
      '/attachments/%2e%2e/journal.jsonl',
      `/attachments/..%2f${SHA}.png`,
      `/attachments/${SHA}.png/../../users.json`,
      `/attachments/${SHA}.exe`,
      `/attachments/${SHA.toUpperCase()}.png`,
      `/attachments/${SHA.slice(1)}.png`,
      `/attachments/${SHA}.png\n`,
      `/attachments/${SHA}.png%00`,
      `/attachments\\${SHA}.png`,
      `/attachments/thumbs/${SHA}.png`,
      `/attachments/thumbs/${SHA}-${SHA.slice(1)}.jpg`,
      `/attachments/thumbs/${SHA}-${SHA}.png`,
      `/attachments/thumbs/${SHA}--${SHA}.jpg`,
      `/attachments/thumbs/../${SHA}.png`,
      `/attachments/sub/${SHA}.png`,
      `/users.json`,
      `/attachments/`,
      `//attachments/${SHA}.png`,
    ]) {
      expect(attachmentForUrl(DIR, path), path).toBeNull()
    }
  })
})
