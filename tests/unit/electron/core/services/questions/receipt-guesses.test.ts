import { describe, expect, it } from 'vitest'
import { harness } from './harness'

/** What a receipt look-up or rating from `caller` came back with: the code and the words. */
async function outcome(
  r: Promise<{ ok: boolean; error?: { code: string; message: string } }>,
): Promise<string> {
  const res = await r
  return res.ok ? 'ok' : `${res.error!.code} ${res.error!.message}`
}

describe('guessing receipts at the screen', () => {
  it('a screen that keeps trying wrong receipts waits, for looking up and rating alike; another screen does not', async () => {
    const h = harness()
    const { receipt } = await h.ok('questions.submit', {
      type: '建议',
      text: '村口的路灯坏了',
      name: '',
      phone: '',
    })
    const id = h.store.all('questions')[0]!.id
    await h.ok('questions.answer', { id, text: '已经修好。' }, 'clerk')
    const wrong = (n: number) =>
      String(Number(receipt) === 20_000_000 + n ? 30_000_000 : 20_000_000 + n)
    const look = (r: string, caller = 'kiosk') =>
      outcome(h.call('questions.byReceipt', { receipt: r }, caller))
    // A villager who mistypes a few times is told so each time, and may go on.
    for (let i = 0; i < 5; i++) expect(await look(wrong(i))).toMatch(/^NOT_FOUND .*回执号/)
    expect(await look(receipt)).toBe('ok')
    expect(await look(wrong(5))).toMatch(/^NOT_FOUND/)
    // Past that, the screen waits before any receipt is looked at, the right one included.
    expect(await look(receipt)).toBe('RATE_LIMITED 这台触摸屏上回执号输错的次数较多，请等 5 秒再试')
    expect(
      await outcome(h.call('questions.feedback', { receipt, value: '满意' }, 'kiosk')),
    ).toMatch(/^RATE_LIMITED /)
    expect(h.store.all('questions')[0]!.feedback).toBeUndefined()
    // Another screen is not held back by this one.
    expect(await look(receipt, 'kiosk-2')).toBe('ok')
    h.advance(5_000)
    expect(await look(receipt)).toBe('ok')
    // A right receipt does not wipe the count: the next wrong one waits longer.
    expect(await look(wrong(6))).toMatch(/^NOT_FOUND/)
    expect(await look(receipt)).toMatch(/^RATE_LIMITED .*请等 10 秒再试/)
    // Fifteen quiet minutes and the screen starts again from nothing.
    h.advance(15 * 60_000)
    for (let i = 7; i < 12; i++) expect(await look(wrong(i))).toMatch(/^NOT_FOUND/)
    expect(await look(receipt)).toBe('ok')
  })
})
