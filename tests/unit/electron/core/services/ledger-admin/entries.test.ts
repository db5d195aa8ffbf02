import { beforeEach, describe, expect, it } from 'vitest'
import { enterMonth, harness, line, PEOPLE, type Harness } from './harness'

const FROZEN = '已公开的账目不能修改，请用更正'
let h: Harness

beforeEach(async () => {
  h = await harness()
})

/** The clerk's line numbered `voucherNo` is refused: that number is already used in the period. */
const voucherTaken = (voucherNo: string) =>
  h.refused('clerk', 'ledger.saveEntry', line({ voucherNo }), 'CONFLICT', /已经用过/)

describe('ledger.saveEntry', () => {
  it('stores a new draft line under a fresh id, journaled with the clerk as actor', async () => {
    await h.call('clerk', 'ledger.closePeriod', { period: '2026-10' })
    const before = h.store.head().seq
    const e = await h.call('clerk', 'ledger.saveEntry', line())
    expect(e.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-/)
    expect(h.store.get('ledger', e.id)).toMatchObject({
      amountFen: 123_456,
      voucherNo: '记-2026-10-001',
      createdBy: PEOPLE.clerk.user,
    })
    expect(h.store.head().seq).toBe(before + 1)
    const [entry] = await h.store.history('ledger', e.id)
    expect(entry).toMatchObject({ action: 'ledger.entry.save', actor: PEOPLE.clerk.user })
  })

  it('edits a draft in place, keeping who created it and when', async () => {
    const [id] = await enterMonth(h, 1)
    const first = h.store.get('ledger', id!)!
    h.setNow('2026-11-25T03:00:00.000Z')
    await h.call('admin', 'ledger.saveEntry', { ...line({ amountFen: 99 }), id })
    const now = h.store.get('ledger', id!)!
    expect(now.amountFen).toBe(99)
    expect(now.createdAt).toBe(first.createdAt)
    expect(now.createdBy).toEqual(PEOPLE.clerk.user)
    expect(await h.store.history('ledger', id!)).toHaveLength(2)
  })

  it('refuses a voucher number already used in the period, next to the field', async () => {
    const [id] = await enterMonth(h, 2)
    const taken = h.store.get('ledger', id!)!.voucherNo
    const err = await voucherTaken(taken)
    expect(err.fields?.voucherNo).toContain(taken)
    // Saving a line again with its own number is no clash.
    await h.call('clerk', 'ledger.saveEntry', { ...line({ voucherNo: taken }), id })
    // The same number in another period is fine.
    await h.call('clerk', 'ledger.closePeriod', { period: '2026-11' })
    await h.call(
      'clerk',
      'ledger.saveEntry',
      line({ period: '2026-11', date: '2026-11-02', voucherNo: taken }),
    )
  })

  it('refuses a voucher number typed full-width or with another dash, and keeps what was typed', async () => {
    await enterMonth(h, 1)
    // 记-2026-10-001 is taken: the same number from a Chinese keyboard is the same number.
    for (const typed of ['记－２０２６－１０－００１', ' 记—2026—10—001', '记–2026–10–001']) {
      const err = await voucherTaken(typed)
      // Written otherwise than the line that has it: its number as the list shows it.
      expect(err.fields?.voucherNo, typed).toBe(
        `凭证号“${typed.trim()}”在这一期已经用过（10月2日 上级补助，凭证号“记-2026-10-001”），请核对后换一个`,
      )
    }
    // A new number typed full-width is stored as the cadre typed it.
    const e = await h.call(
      'clerk',
      'ledger.saveEntry',
      line({ voucherNo: '记－２０２６－１０－００２' }),
    )
    expect(h.store.get('ledger', e.id)?.voucherNo).toBe('记－２０２６－１０－００２')
    await h.refused('clerk', 'ledger.saveEntry', line({ voucherNo: '记-2026-10-002' }), 'CONFLICT')
  })

  it('refuses a voucher number that differs only in the case of its Latin letters, naming it as stored', async () => {
    await h.call('clerk', 'ledger.closePeriod', { period: '2026-10' })
    await h.call('clerk', 'ledger.saveEntry', line({ voucherNo: 'JZ-1' }))
    for (const typed of ['jz-1', 'Jz-1', 'ｊｚ－１']) {
      const err = await voucherTaken(typed)
      // The list shows JZ-1: the cadre looking for jz-1 would not find it.
      expect(err.fields?.voucherNo, typed).toBe(
        `凭证号“${typed}”在这一期已经用过（10月12日 购买办公用品，凭证号“JZ-1”），请核对后换一个`,
      )
    }
    // Typed exactly as stored, the number is not said twice.
    const same = await h.refused(
      'clerk',
      'ledger.saveEntry',
      line({ voucherNo: 'JZ-1' }),
      'CONFLICT',
    )
    expect(same.fields?.voucherNo).toBe(
      '凭证号“JZ-1”在这一期已经用过（10月12日 购买办公用品），请核对后换一个',
    )
    // A new number in small letters is stored as typed.
    const e = await h.call('clerk', 'ledger.saveEntry', line({ voucherNo: 'jz-2' }))
    expect(h.store.get('ledger', e.id)?.voucherNo).toBe('jz-2')
  })

  it('refuses 记12, 记字第12号 and 记 12 when 记-12 is in the period, but not 收-12 or 记-1-2', async () => {
    await h.call('clerk', 'ledger.closePeriod', { period: '2026-10' })
    await h.call('clerk', 'ledger.saveEntry', line({ voucherNo: '记-12' }))
    for (const typed of ['记12', '记字第12号', '记 12', '记字第０１２号']) {
      const err = await voucherTaken(typed)
      expect(err.fields?.voucherNo, typed).toContain(`凭证号“${typed}”在这一期已经用过`)
    }
    for (const other of ['收-12', '付-12', '记-1-2', '记-121']) {
      await h.call('clerk', 'ledger.saveEntry', line({ voucherNo: other }))
    }
  })

  it('refuses a line for a period nobody opened', async () => {
    await h.refused('clerk', 'ledger.saveEntry', line(), 'CONFLICT', /还没有开始录入/)
  })

  it('refuses dates outside the period or after today, and unknown projects, per field', async () => {
    await h.call('clerk', 'ledger.closePeriod', { period: '2026-11' })
    const outside = await h.refused(
      'clerk',
      'ledger.saveEntry',
      line({ period: '2026-11', date: '2026-10-30' }),
      'BAD_INPUT',
    )
    expect(outside.fields?.date).toBe('日期不在所选期间内')
    const future = await h.refused(
      'clerk',
      'ledger.saveEntry',
      line({ period: '2026-11', date: '2026-11-26' }),
      'BAD_INPUT',
    )
    expect(future.fields?.date).toBe('日期不能晚于今天')
    const project = await h.refused(
      'clerk',
      'ledger.saveEntry',
      line({ period: '2026-11', date: '2026-11-03', projectId: 'no-such' }),
      'BAD_INPUT',
    )
    expect(project.fields?.projectId).toMatch(/没有找到这个项目/)
  })

  it('refuses an ID-card, bank-card or phone number in text the public will read', async () => {
    await h.call('clerk', 'ledger.closePeriod', { period: '2026-10' })
    const err = await h.refused(
      'clerk',
      'ledger.saveEntry',
      line({
        summary: '支付张三工资',
        counterparty: '张三 320981199001011234',
        handler: '13812345678',
      }),
      'BAD_INPUT',
    )
    expect(err.fields?.counterparty).toMatch(/身份证号/)
    expect(err.fields?.handler).toMatch(/手机号码/)
    expect(err.fields?.summary).toBeUndefined()
  })

  it('refuses bad amounts and a sub-item of another category, in Chinese', async () => {
    await h.call('clerk', 'ledger.closePeriod', { period: '2026-10' })
    const zero = await h.refused('clerk', 'ledger.saveEntry', line({ amountFen: 0 }), 'BAD_INPUT')
    expect(zero.fields?.amountFen).toBe('金额必须大于零')
    const item = await h.refused(
      'clerk',
      'ledger.saveEntry',
      line({ item: '补助收入' }),
      'BAD_INPUT',
    )
    expect(item.fields?.item).toBe('明细科目不属于所选类别')
  })

  it('lets only clerks and admins write, and nobody who is not logged in', async () => {
    await h.call('clerk', 'ledger.closePeriod', { period: '2026-10' })
    await h.refused('sup', 'ledger.saveEntry', line(), 'FORBIDDEN')
    await h.refused('public', 'ledger.saveEntry', line(), 'UNAUTHENTICATED')
  })
})

describe('ledger.removeEntry', () => {
  it('removes a draft line as one journaled change', async () => {
    const [id] = await enterMonth(h, 2)
    const before = h.store.head().seq
    await h.call('clerk', 'ledger.removeEntry', { id: id! })
    expect(h.store.get('ledger', id!)).toBeUndefined()
    expect(h.store.head().seq).toBe(before + 1)
    const steps = await h.store.history('ledger', id!)
    expect(steps.at(-1)).toMatchObject({ action: 'ledger.entry.delete', actor: PEOPLE.clerk.user })
  })

  it('refuses an unknown line', async () => {
    await h.refused('clerk', 'ledger.removeEntry', { id: 'nope' }, 'NOT_FOUND')
  })
})

describe('frozen lines', () => {
  it('refuses edits and removals while the sheet waits for the 监委', async () => {
    const [id] = await enterMonth(h, 2)
    await h.call('clerk', 'ledger.submit', { period: '2026-10' })
    await h.refused('clerk', 'ledger.saveEntry', { ...line(), id }, 'CONFLICT', /已提交监委审核/)
    await h.refused(
      'clerk',
      'ledger.saveEntry',
      line({ voucherNo: 'new' }),
      'CONFLICT',
      /已提交监委审核/,
    )
    await h.refused('clerk', 'ledger.removeEntry', { id: id! }, 'CONFLICT', /已提交监委审核/)
  })

  it('refuses any change to a published line: corrections only', async () => {
    const [id] = await enterMonth(h, 2)
    await h.call('clerk', 'ledger.submit', { period: '2026-10' })
    await h.call('sup', 'ledger.publish', { period: '2026-10' })
    await h.refused('clerk', 'ledger.saveEntry', { ...line(), id }, 'CONFLICT', FROZEN)
    await h.refused('admin', 'ledger.removeEntry', { id: id! }, 'CONFLICT', FROZEN)
    await h.refused('clerk', 'ledger.saveEntry', line({ voucherNo: 'x' }), 'CONFLICT', FROZEN)
  })

  it('refuses moving a draft into a published period', async () => {
    await enterMonth(h, 1, '2026-10')
    await h.call('clerk', 'ledger.submit', { period: '2026-10' })
    await h.call('sup', 'ledger.publish', { period: '2026-10' })
    const [draft] = await enterMonth(h, 1, '2026-11')
    await h.refused('clerk', 'ledger.saveEntry', { ...line(), id: draft }, 'CONFLICT', FROZEN)
  })
})
