import { describe, expect, it } from 'vitest'
import { maskPublicOutput } from '../../../../../electron/core/services/public-mask'

describe('a signing fingerprint on a public screen', () => {
  it('is never taken for a bank card and masked, even when its groups are all digits', () => {
    const fingerprint = '1234 5678 9012 3456 7890 1234 5678 9012'
    expect(maskPublicOutput({ fingerprint, mode: 'kiosk', packages: 3 })).toEqual({
      fingerprint,
      mode: 'kiosk',
      packages: 3,
    })
    expect(maskPublicOutput({ villages: [{ name: '联盟村', fingerprint }] })).toEqual({
      villages: [{ name: '联盟村', fingerprint }],
    })
  })
})
