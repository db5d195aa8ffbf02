import { describe, expect, it } from 'vitest'
import { harness, type Harness } from './harness'

/** What a call came back with: 'ok', or the code and the words. */
async function outcome(
  r: Promise<{ ok: boolean; error?: { code: string; message: string } }>,
): Promise<string> {
  const res = await r
  return res.ok ? 'ok' : `${res.error!.code} ${res.error!.message}`
}

/** One answered question; its receipt, and receipts that are not it. */
async function answered(h: Harness) {
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
  const look = (r: string, caller = 'wc:1/0') =>
    outcome(h.call('questions.byReceipt', { receipt: r }, caller))
  return { receipt, wrong, look }
}

describe('guessing receipts at the screen', () => {
  it('a screen that keeps trying wrong receipts waits, for looking up and rating alike; another screen does not', async () => {
    const h = harness()
    const { receipt, wrong, look } = await answered(h)
    // A villager who mistypes a few times is told so each time, and may go on.
    for (let i = 0; i < 5; i++) expect(await look(wrong(i))).toMatch(/^NOT_FOUND .*回执号/)
    expect(await look(receipt)).toBe('ok')
    expect(await look(wrong(5))).toMatch(/^NOT_FOUND/)
    // Past that, the screen waits before any receipt is looked at, the right one included.
    expect(await look(receipt)).toBe('RATE_LIMITED 这台触摸屏上回执号输错的次数较多，请等 5 秒再试')
    expect(
      await outcome(h.call('questions.feedback', { receipt, value: '满意' }, 'wc:1/0')),
    ).toMatch(/^RATE_LIMITED /)
    expect(h.store.all('questions')[0]!.feedback).toBeUndefined()
    // The screen can ask how long it still waits (its 查进度 counts down); others wait nothing.
    const waitOf = (caller: string) => h.ok('questions.receiptWait', {}, caller)
    expect(await waitOf('wc:1/0')).toEqual({ seconds: 5 })
    expect(await waitOf('wc:2/0')).toEqual({ seconds: 0 })
    // Tries refused while it waits do not count: the wait is still 5 s.
    h.advance(4_000)
    expect(await look(wrong(90))).toMatch(/^RATE_LIMITED .*请等 1 秒再试/)
    expect(await waitOf('wc:1/0')).toEqual({ seconds: 1 })
    // Another screen is not held back by this one; the same screen reloaded is.
    expect(await look(receipt, 'wc:2/0')).toBe('ok')
    expect(await look(receipt, 'wc:1/1')).toMatch(/^RATE_LIMITED /)
    h.advance(1_000)
    expect(await look(receipt, 'wc:1/1')).toBe('ok')
    // A right receipt does not wipe the count: the next wrong one waits longer.
    expect(await look(wrong(6))).toMatch(/^NOT_FOUND/)
    expect(await look(receipt)).toMatch(/^RATE_LIMITED .*请等 10 秒再试/)
  })

  it('a wrong receipt in a rating counts too; the waits grow to 10 minutes and last the day', async () => {
    const h = harness()
    const { receipt, wrong, look } = await answered(h)
    const rate = (r: string) =>
      outcome(h.call('questions.feedback', { receipt: r, value: '不满意' }, 'wc:1/0'))
    for (let i = 0; i < 5; i++) expect(await rate(wrong(i))).toMatch(/^NOT_FOUND/)
    const waits: string[] = []
    for (let i = 5; i < 14; i++) {
      expect(await look(wrong(i))).toMatch(/^NOT_FOUND/)
      const refused = await look(receipt)
      waits.push(/请等 (\d+) 秒/.exec(refused)?.[1] ?? refused)
      h.advance(Number(waits.at(-1)) * 1000)
    }
    expect(waits).toEqual(['5', '10', '20', '40', '80', '160', '320', '600', '600'])
    // An hour without a wrong receipt is not enough to start again from nothing.
    h.advance(60 * 60_000)
    expect(await look(wrong(20))).toMatch(/^NOT_FOUND/)
    expect(await look(receipt)).toMatch(/^RATE_LIMITED .*请等 600 秒再试/)
    // A day is.
    h.advance(24 * 60 * 60_000)
    for (let i = 21; i < 26; i++) expect(await look(wrong(i))).toMatch(/^NOT_FOUND/)
    expect(await look(receipt)).toBe('ok')
    expect(await rate(receipt)).toBe('ok')
  })
})
