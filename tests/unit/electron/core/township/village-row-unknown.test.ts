import { describe, expect, it } from 'vitest'
import { villageRow } from '../../../../../electron/core/township/village-row'
import type { FolderCheck } from '../../../../../electron/core/township/inbox'

const folder = (over: Partial<FolderCheck>): FolderCheck => ({
  folder: '乙村',
  name: '乙村',
  fingerprint: '',
  files: 2,
  chain: [],
  verified: 0,
  problems: [],
  forked: [],
  ...over,
})

describe('a village row with no usable package', () => {
  it('does not guess the village publishes by quarter nor name quarters it skipped', () => {
    const row = villageRow(
      folder({
        problems: [
          { village: '乙村', folder: '乙村', kind: 'unreadable', seq: 1, message: '格式不对' },
        ],
      }),
      '2026-12-07',
    )
    expect(row.unreadable).toBe(true)
    // Nothing it sent could be read: how it publishes, and so which periods it owes, is unknown.
    expect(row.periodMode).toBeNull()
    expect(row.duePeriodLabel).toBe('')
    expect(row.missingLabels).toEqual([])
    expect(row.missingCount).toBe(0)
  })

  it('a folder with nothing in it yet is not said to publish by quarter either', () => {
    const row = villageRow(folder({ files: 0 }), '2026-12-07')
    expect(row.unreadable).toBe(false)
    expect(row.periodMode).toBeNull()
    expect(row.missingLabels).toEqual([])
  })
})
