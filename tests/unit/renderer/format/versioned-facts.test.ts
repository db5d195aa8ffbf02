import { describe, expect, it } from 'vitest'
import { versionedFacts } from '../../../../renderer/src/format/facts'
import { t } from '../../../../renderer/src/i18n'

const base = { version: 1, publishedAt: '2026-11-20T02:00:00.000Z', publishedBy: '高志强' }

describe('what the QR code and read-aloud say of a record’s version', () => {
  it('an earlier version says first that it was replaced', () => {
    expect(versionedFacts('联盟村 停水通知', { ...base, replacedBy: 'n2' }, t)).toBe(
      '注意：这是旧版本，后来已被更正，请以更正后的为准。；联盟村 停水通知',
    )
  })

  it('a correction says so with its reason, after the title', () => {
    const correction = {
      reason: '改期',
      at: '2026-11-21T02:00:00.000Z',
      earlierId: 'n1',
      earlier: [],
    }
    expect(
      versionedFacts('联盟村 停水通知；周五停水', { ...base, version: 2, correction }, t),
    ).toBe('联盟村 停水通知；已更正：改期；周五停水')
  })

  it('a first version is left as it is', () => {
    expect(versionedFacts('联盟村 停水通知', base, t)).toBe('联盟村 停水通知')
  })
})
