import { describe, expect, it } from 'vitest'
import {
  correctionOf,
  currentPublished,
  earlierVersions,
  revisionOf,
  type Versioned,
} from '../../../../../electron/core/services/versions'

const SIGNER = { id: 's', name: '季宏伟' }
const v = (id: string, over: Partial<Versioned> = {}): Versioned => ({
  id,
  status: 'published',
  version: 1,
  publishedAt: '2026-01-01T00:00:00.000Z',
  publishedBy: SIGNER,
  ...over,
})

const v1 = v('a', { supersededBy: 'b' })
const v2 = v('b', {
  version: 2,
  supersedes: 'a',
  supersededBy: 'c',
  correctionReason: '金额录错',
  publishedAt: '2026-02-01T00:00:00.000Z',
})
const v3 = v('c', {
  version: 3,
  supersedes: 'b',
  correctionReason: '日期录错',
  publishedAt: '2026-03-01T00:00:00.000Z',
})
const pending = v('d', {
  version: 4,
  status: 'submitted',
  supersedes: 'c',
  correctionReason: '又错',
})
const draft = v('e', { status: 'draft' })
const all = new Map([v1, v2, v3, pending, draft].map((r) => [r.id, r]))
const get = (id: string) => all.get(id)

describe('versions', () => {
  it('the public sees only current published versions', () => {
    expect(currentPublished(all.values()).map((r) => r.id)).toEqual(['c'])
  })

  it('revisionOf says who signed, and what a correction replaced or what replaced it', () => {
    expect(revisionOf(v3)).toEqual({
      version: 3,
      publishedAt: '2026-03-01T00:00:00.000Z',
      publishedBy: '季宏伟',
      correction: { reason: '日期录错', earlierId: 'b' },
    })
    expect(revisionOf(v1)).toEqual({
      version: 1,
      publishedAt: '2026-01-01T00:00:00.000Z',
      publishedBy: '季宏伟',
      replacedBy: 'b',
    })
  })

  it('correctionOf gives date, reason and the earlier version; none for originals or pending ones', () => {
    expect(correctionOf(v3, get)).toEqual({
      correctedAt: '2026-03-01T00:00:00.000Z',
      reason: '日期录错',
      earlier: v2,
    })
    expect(correctionOf(v1, get)).toBeNull()
    expect(correctionOf(pending, get)).toBeNull()
  })

  it('earlierVersions walks the whole chain, newest first', () => {
    expect(earlierVersions(v3, get).map((r) => r.id)).toEqual(['b', 'a'])
    expect(earlierVersions(v1, get)).toEqual([])
  })
})
