import { beforeEach, describe, expect, it } from 'vitest'
import type { Input } from '../../../../../../contract'
import { enterMonth, harness, PEOPLE, publishedMonth, type Harness } from './harness'

const P = { period: '2026-10' }
let h: Harness
let ids: string[]

/** A correction of the third line (an expense of 300元) to 280元. */
function fix(over: Partial<Input<'ledger.correct'>> = {}): Input<'ledger.correct'> {
  const e = h.store.get('ledger', ids[2]!)!
  return { ...e, amountFen: 28_000, reason: '发票金额录错，应为280元', ...over }
}

beforeEach(async () => {
  h = await harness()
  ids = await publishedMonth(h, 3)
  h.setNow('2026-11-26T02:00:00.000Z')
})

describe('ledger.correct', () => {
  it('files a pending correction that names the line and changes nothing public yet', async () => {
    const c = await h.call('clerk', 'ledger.correct', fix())
    expect(c).toMatchObject({
      supersedes: ids[2],
      correctionReason: '发票金额录错，应为280元',
      amountFen: 28_000,
      createdBy: PEOPLE.clerk.user,
    })
    expect(c.id).not.toBe(ids[2])
    expect(h.store.get('ledger', ids[2]!)?.supersededBy).toBeUndefined()
    expect((await h.call('public', 'ledger.sheet', P)).expenseFen).toBe(50_000)
    await h.refused('public', 'ledger.entry', { id: c.id }, 'NOT_FOUND')
    const pending = await h.call('sup', 'ledger.pending', {})
    expect(pending.corrections.map((p) => [p.original.id, p.correction.id])).toEqual([
      [ids[2], c.id],
    ])
  })

  it('needs a reason', async () => {
    const err = await h.refused('clerk', 'ledger.correct', fix({ reason: '' }), 'BAD_INPUT')
    expect(err.fields?.reason).toBe('更正原因不能为空')
  })

  it('refuses a personal number in the public reason', async () => {
    const err = await h.refused(
      'clerk',
      'ledger.correct',
      fix({ reason: '收款人银行卡 6222 0210 0112 3456 录错' }),
      'BAD_INPUT',
    )
    expect(err.fields?.reason).toMatch(/银行卡号/)
  })

  it('refuses a line that is not published yet: it can simply be edited', async () => {
    const [draft] = await enterMonth(h, 1, '2026-11')
    const e = h.store.get('ledger', draft!)!
    await h.refused(
      'clerk',
      'ledger.correct',
      { ...e, amountFen: 1, reason: '改' },
      'CONFLICT',
      /还没有公开/,
    )
  })

  it('refuses a correction that changes nothing, or moves the line to another period', async () => {
    await h.refused('clerk', 'ledger.correct', fix({ amountFen: 30_000 }), 'BAD_INPUT', /完全相同/)
    await h.refused(
      'clerk',
      'ledger.correct',
      fix({ period: '2026-11', date: '2026-11-03' }),
      'BAD_INPUT',
      /期间/,
    )
  })

  it('refuses a second correction while one waits, and a voucher number of another line', async () => {
    await h.call('clerk', 'ledger.correct', fix())
    await h.refused('clerk', 'ledger.correct', fix({ amountFen: 1 }), 'CONFLICT', /等待监委签字/)
    const other = h.store.get('ledger', ids[0]!)!.voucherNo
    const err = await h.refused(
      'clerk',
      'ledger.correct',
      { ...h.store.get('ledger', ids[1]!)!, voucherNo: other, reason: '凭证号录错' },
      'CONFLICT',
    )
    expect(err.fields?.voucherNo).toMatch(/已经用过/)
    const wide = other.replace(/-/g, '－').replace(/\d/g, (d) => String.fromCharCode(0xff10 + +d))
    await h.refused(
      'clerk',
      'ledger.correct',
      { ...h.store.get('ledger', ids[1]!)!, voucherNo: wide, reason: '凭证号录错' },
      'CONFLICT',
      /已经用过/,
    )
  })

  it('refuses the voucher number of another line in other case letters (JZ-7, jz-7)', async () => {
    const first = await h.call('clerk', 'ledger.correct', {
      ...h.store.get('ledger', ids[0]!)!,
      voucherNo: 'JZ-7',
      reason: '按乡镇的凭证号',
    })
    await h.call('sup', 'ledger.publishCorrection', { id: first.id })
    const err = await h.refused(
      'clerk',
      'ledger.correct',
      { ...h.store.get('ledger', ids[1]!)!, voucherNo: 'jz-7', reason: '凭证号录错' },
      'CONFLICT',
    )
    expect(err.fields?.voucherNo).toBe(
      '凭证号“jz-7”在这一期已经用过（10月2日 上级补助，凭证号“JZ-7”），请核对后换一个',
    )
  })

  it('corrects a line keeping its number when an older version let the same voucher in twice', async () => {
    // Saved before 记12 and 记-12 were one number: both lines are published in the period.
    for (const [i, voucherNo] of [
      [0, '记12'],
      [1, '记-12'],
    ] as const) {
      const e = h.store.get('ledger', ids[i]!)!
      await h.store.commit({
        actor: null,
        action: 'test.put',
        entity: 'ledger',
        id: e.id,
        puts: [{ coll: 'ledger', id: e.id, value: { ...e, voucherNo } }],
      })
    }
    const c = await h.call('clerk', 'ledger.correct', {
      ...h.store.get('ledger', ids[1]!)!,
      summary: '上级补助（更正摘要）',
      reason: '摘要写错',
    })
    expect(c).toMatchObject({ supersedes: ids[1], voucherNo: '记-12' })
    // A number it did not have before is still checked against the other line.
    await h.refused(
      'clerk',
      'ledger.correct',
      { ...h.store.get('ledger', ids[2]!)!, voucherNo: '记 12', reason: '凭证号录错' },
      'CONFLICT',
    )
  })

  it('is refused to supervisors', async () => {
    await h.refused('sup', 'ledger.correct', fix(), 'FORBIDDEN')
  })

  it('may be withdrawn before it is signed', async () => {
    const c = await h.call('clerk', 'ledger.correct', fix())
    await h.call('clerk', 'ledger.removeEntry', { id: c.id })
    expect(h.store.get('ledger', c.id)).toBeUndefined()
    expect((await h.call('sup', 'ledger.pending', {})).corrections).toEqual([])
  })
})

describe('ledger.publishCorrection', () => {
  it('is refused to a clerk and to the person who filed the correction', async () => {
    const c = await h.call('clerk', 'ledger.correct', fix())
    await h.refused('clerk', 'ledger.publishCorrection', { id: c.id }, 'FORBIDDEN')
    await h.refused(
      'clerkAsSup',
      'ledger.publishCorrection',
      { id: c.id },
      'FORBIDDEN',
      /不能签字公开自己提交的更正/,
    )
  })

  it('refuses a line that is not a waiting correction', async () => {
    await h.refused('sup', 'ledger.publishCorrection', { id: ids[0]! }, 'CONFLICT')
    await h.refused('sup', 'ledger.publishCorrection', { id: 'nope' }, 'NOT_FOUND')
  })

  it('replaces the line publicly in one change; both versions stay on record', async () => {
    const c = await h.call('clerk', 'ledger.correct', fix())
    const before = h.store.head().seq
    const signed = await h.call('sup2', 'ledger.publishCorrection', { id: c.id })
    expect(signed).toMatchObject({
      publishedBy: PEOPLE.sup2.user,
      publishedAt: '2026-11-26T02:00:00.000Z',
    })
    expect(h.store.head().seq).toBe(before + 1)
    const [step] = (await h.store.history('ledger', ids[2]!)).slice(-1)
    expect(step!.action).toBe('ledger.correction.publish')
    expect(step!.data.puts.map((p) => p.id).sort()).toEqual([c.id, ids[2]].sort())

    // Totals use the corrected amount; the list shows the correction, not the original.
    const sheet = await h.call('public', 'ledger.sheet', P)
    expect(sheet.expenseFen).toBe(48_000)
    expect(sheet.entries.map((e) => e.id)).toEqual([ids[0], ids[1], c.id])
    const row = sheet.entries[2]!
    expect(row.correction).toMatchObject({
      reason: '发票金额录错，应为280元',
      at: '2026-11-26T02:00:00.000Z',
      signedBy: '周玉兰',
      previous: { id: ids[2], amountFen: 30_000, categoryName: '各项支出' },
    })
    // The earlier version is still reachable, marked as replaced.
    const old = await h.call('public', 'ledger.entry', { id: ids[2]! })
    expect(old).toMatchObject({ amountFen: 30_000, supersededBy: c.id })
    expect(old.supersededAt).toBe('2026-11-26T02:00:00.000Z')
    const periods = await h.call('public', 'ledger.periods', {})
    expect(periods.find((p) => p.key === '2026-10')?.expenseFen).toBe(48_000)
  })

  it('lets the newest version be corrected again, but not the replaced one', async () => {
    const c = await h.call('clerk', 'ledger.correct', fix())
    await h.call('sup', 'ledger.publishCorrection', { id: c.id })
    await h.refused('clerk', 'ledger.correct', fix({ amountFen: 1 }), 'CONFLICT', /最新的版本/)
    const c2 = await h.call('clerk', 'ledger.correct', {
      ...h.store.get('ledger', c.id)!,
      summary: '购买办公用品（打印纸）',
      reason: '摘要写得更清楚',
    })
    await h.call('sup', 'ledger.publishCorrection', { id: c2.id })
    const now = await h.call('public', 'ledger.entry', { id: c2.id })
    expect(now.correction?.previous.id).toBe(c.id)
    expect((await h.call('public', 'ledger.sheet', P)).entries.map((e) => e.id)).toContain(c2.id)
  })

  it('lets a correction keep the voucher number of the line it replaces', async () => {
    const c = await h.call('clerk', 'ledger.correct', fix())
    expect(c.voucherNo).toBe(h.store.get('ledger', ids[2]!)!.voucherNo)
  })
})
