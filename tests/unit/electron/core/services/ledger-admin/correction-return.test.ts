import { beforeEach, describe, expect, it } from 'vitest'
import type { Input, LedgerEntry } from '../../../../../../contract'
import { harness, PEOPLE, publishedMonth, type Harness } from './harness'

const P = { period: '2026-10' }
const COMMENT = '发票上是280元，但凭证号也要核对'
let h: Harness
let ids: string[]
let c: LedgerEntry

/** The waiting correction's content with some fields changed, as the clerk resends it. */
function revise(over: Partial<Input<'ledger.reviseCorrection'>> = {}) {
  const { id: _id, ...rest } = h.store.get('ledger', c.id)!
  return { ...rest, id: c.id, reason: '发票金额录错，应为285元', amountFen: 28_500, ...over }
}

beforeEach(async () => {
  h = await harness()
  ids = await publishedMonth(h, 3)
  h.setNow('2026-11-26T02:00:00.000Z')
  const e = h.store.get('ledger', ids[2]!)!
  c = await h.call('clerk', 'ledger.correct', {
    ...e,
    amountFen: 28_000,
    reason: '发票金额录错，应为280元',
  })
})

describe('ledger.returnCorrection', () => {
  it('sends a waiting correction back with the comment; the clerk sees it; nothing public changes', async () => {
    const r = await h.call('sup', 'ledger.returnCorrection', { id: c.id, comment: COMMENT })
    expect(r).toMatchObject({ returnComment: COMMENT, returnedBy: PEOPLE.sup.user })
    const [step] = (await h.store.history('ledger', c.id)).slice(-1)
    expect([step!.action, step!.actor?.id]).toEqual(['ledger.correction.return', 'u-sup'])
    const pending = await h.call('clerk', 'ledger.pending', {})
    expect(pending.corrections).toEqual([])
    expect(pending.returnedCorrections.map((p) => p.correction.returnComment)).toEqual([COMMENT])
    expect(h.store.get('ledger', ids[2]!)?.supersededBy).toBeUndefined()
    expect((await h.call('public', 'ledger.sheet', P)).expenseFen).toBe(50_000)
    await h.refused('public', 'ledger.entry', { id: c.id }, 'NOT_FOUND')
  })

  it('needs a comment, a 监委 member, a live session and a waiting correction; each refusal changes nothing', async () => {
    const err = await h.refused(
      'sup',
      'ledger.returnCorrection',
      { id: c.id, comment: ' ' },
      'BAD_INPUT',
    )
    expect(err.fields?.comment).toBe('退回意见不能为空')
    const input = { id: c.id, comment: COMMENT }
    await h.refused('public', 'ledger.returnCorrection', input, 'UNAUTHENTICATED')
    await h.refused('clerk', 'ledger.returnCorrection', input, 'FORBIDDEN')
    await h.refused('admin', 'ledger.returnCorrection', input, 'FORBIDDEN')
    await h.refused('sup', 'ledger.returnCorrection', { ...input, id: ids[0]! }, 'CONFLICT')
    await h.refused('sup', 'ledger.returnCorrection', { ...input, id: 'nope' }, 'NOT_FOUND')
    await h.call('sup', 'ledger.returnCorrection', input)
    await h.refused('sup2', 'ledger.returnCorrection', input, 'CONFLICT', /已经退回/)
    h.advance(11 * 60_000)
    await h.refused('sup', 'ledger.returnCorrection', input, 'UNAUTHENTICATED')
  })

  it('a returned correction cannot be signed until the clerk resubmits it', async () => {
    await h.call('sup', 'ledger.returnCorrection', { id: c.id, comment: COMMENT })
    await h.refused('sup2', 'ledger.publishCorrection', { id: c.id }, 'CONFLICT', /已退回/)
  })
})

describe('ledger.reviseCorrection', () => {
  beforeEach(async () => {
    await h.call('sup', 'ledger.returnCorrection', { id: c.id, comment: COMMENT })
  })

  it('the clerk fixes it and files it again; once signed the fixed version is public', async () => {
    h.setNow('2026-11-26T03:00:00.000Z')
    const r = await h.call('clerk2', 'ledger.reviseCorrection', revise())
    expect(r).toMatchObject({
      id: c.id,
      amountFen: 28_500,
      correctionReason: '发票金额录错，应为285元',
      createdBy: PEOPLE.clerk2.user,
    })
    expect(r.returnComment).toBeUndefined()
    expect(h.store.get('ledger', c.id)?.returnedBy).toBeUndefined()
    const pending = await h.call('sup', 'ledger.pending', {})
    expect(pending.returnedCorrections).toEqual([])
    expect(pending.corrections.map((p) => p.correction.amountFen)).toEqual([28_500])
    expect((await h.call('public', 'ledger.sheet', P)).expenseFen).toBe(50_000)
    await h.call('sup', 'ledger.publishCorrection', { id: c.id })
    expect((await h.call('public', 'ledger.sheet', P)).expenseFen).toBe(48_500)
    const actions = (await h.store.history('ledger', c.id)).map((e) => e.action)
    expect(actions).toEqual([
      'ledger.correct',
      'ledger.correction.return',
      'ledger.correction.revise',
      'ledger.correction.publish',
    ])
  })

  it('a photo the store does not hold is refused, as when the correction was first filed', async () => {
    const ghost = `${'ab'.repeat(32)}.jpg`
    const seq = h.store.head().seq
    await h.refused(
      'clerk',
      'ledger.reviseCorrection',
      revise({ attachments: [ghost] }),
      'BAD_INPUT',
    )
    expect(h.store.head().seq).toBe(seq)
  })

  it('is refused to villagers, supervisors and expired sessions, and while not returned', async () => {
    await h.refused('public', 'ledger.reviseCorrection', revise(), 'UNAUTHENTICATED')
    await h.refused('sup', 'ledger.reviseCorrection', revise(), 'FORBIDDEN')
    const err = await h.refused(
      'clerk',
      'ledger.reviseCorrection',
      revise({ reason: '' }),
      'BAD_INPUT',
    )
    expect(err.fields?.reason).toBe('更正原因不能为空')
    await h.refused(
      'clerk',
      'ledger.reviseCorrection',
      revise({ amountFen: 30_000 }),
      'BAD_INPUT',
      /完全相同/,
    )
    await h.refused('clerk', 'ledger.reviseCorrection', { ...revise(), id: ids[1]! }, 'CONFLICT')
    await h.call('clerk', 'ledger.reviseCorrection', revise())
    await h.refused('clerk', 'ledger.reviseCorrection', revise(), 'CONFLICT', /等待监委签字/)
    h.advance(11 * 60_000)
    await h.refused('clerk', 'ledger.reviseCorrection', revise(), 'UNAUTHENTICATED')
  })

  it('the person who resubmitted it may not sign it', async () => {
    await h.call('clerk', 'ledger.reviseCorrection', revise())
    await h.refused('clerkAsSup', 'ledger.publishCorrection', { id: c.id }, 'FORBIDDEN', /自己提交/)
  })

  it('nor may the person who filed it first, when a colleague resubmitted it', async () => {
    await h.call('clerk2', 'ledger.reviseCorrection', revise())
    expect(h.store.get('ledger', c.id)?.editedBy).toEqual([PEOPLE.clerk.user])
    await h.refused('clerkAsSup', 'ledger.publishCorrection', { id: c.id }, 'FORBIDDEN', /自己提交/)
    await h.call('sup', 'ledger.publishCorrection', { id: c.id })
  })
})
