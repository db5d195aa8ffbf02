/** A failed 四议两公开 vote in plain words, beside the step reached on every matter card. */
import { describe, expect, it } from 'vitest'
import { t } from '../../../../renderer/src/i18n'
import { voteFailedWords } from '../../../../renderer/src/format/vote-failed'

describe('voteFailedWords', () => {
  it('names the meeting whose vote did not pass', () => {
    expect(voteFailedWords({ voteFailed: { index: 3, name: '村民代表会议决议' } }, t)).toBe(
      '村民代表会议没有依法通过',
    )
    expect(voteFailedWords({ voteFailed: { index: 2, name: '党员大会审议' } }, t)).toBe(
      '党员大会没有依法通过',
    )
  })

  it('says nothing when every vote held passed', () => {
    expect(voteFailedWords({}, t)).toBe('')
  })
})
