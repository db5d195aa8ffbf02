import { beforeEach, describe, expect, it } from 'vitest'
import { enterMonth, harness, line, PEOPLE, type Harness } from './harness'

const P = { period: '2026-10' }
let h: Harness

beforeEach(async () => {
  h = await harness()
})

describe('ledger.closePeriod', () => {
  it('opens a draft sheet once; opening it again changes nothing', async () => {
    const sheet = await h.call('clerk', 'ledger.closePeriod', P)
    expect(sheet).toMatchObject({ key: '2026-10', status: 'draft', createdBy: PEOPLE.clerk.user })
    const seq = h.store.head().seq
    expect(await h.call('clerk', 'ledger.closePeriod', P)).toEqual(sheet)
    expect(h.store.head().seq).toBe(seq)
  })

  it('follows the village setting: a quarter is refused when books close monthly', async () => {
    const err = await h.refused(
      'clerk',
      'ledger.closePeriod',
      { period: '2026-Q3' },
      'BAD_INPUT',
      '本村按月公开，请选择月份',
    )
    expect(err.fields?.period).toBe('本村按月公开，请选择月份')
  })

  it('refuses a period overlapping a sheet of the other kind', async () => {
    await h.call('clerk', 'ledger.closePeriod', P)
    await h.store.commit({
      actor: null,
      action: 'test.settings',
      entity: 'settings',
      id: 'settings',
      puts: [{ coll: 'settings', id: 'settings', value: { periodMode: 'quarter' } }],
    })
    await h.refused(
      'clerk',
      'ledger.closePeriod',
      { period: '2026-Q4' },
      'CONFLICT',
      '2026年第四季度与已有的2026年10月公开表时间重叠，不能再开一期',
    )
    await h.call('clerk', 'ledger.closePeriod', { period: '2026-Q3' })
  })

  it('refuses a period that has not begun', async () => {
    await h.refused('clerk', 'ledger.closePeriod', { period: '2026-12' }, 'BAD_INPUT', /还没有开始/)
  })

  it('is for clerks and admins only', async () => {
    await h.refused('sup', 'ledger.closePeriod', P, 'FORBIDDEN')
  })
})

describe('ledger.submit', () => {
  it('refuses an empty sheet', async () => {
    await h.call('clerk', 'ledger.closePeriod', P)
    await h.refused('clerk', 'ledger.submit', P, 'CONFLICT', '这一期还没有录入任何账目，不能提交')
  })

  it('refuses a period that was never opened', async () => {
    await h.refused('clerk', 'ledger.submit', P, 'NOT_FOUND')
  })

  it('sends the sheet for review, signed by the submitter, once', async () => {
    await enterMonth(h, 2)
    const sheet = await h.call('clerk', 'ledger.submit', P)
    expect(sheet).toMatchObject({ status: 'submitted', submittedBy: PEOPLE.clerk.user })
    await h.refused('clerk', 'ledger.submit', P, 'CONFLICT', /已提交监委审核/)
  })
})

describe('ledger.return', () => {
  beforeEach(async () => {
    await enterMonth(h, 3)
  })

  it('needs a submitted sheet', async () => {
    await h.refused('sup', 'ledger.return', { ...P, comment: '请核对' }, 'CONFLICT')
  })

  it('needs a comment', async () => {
    await h.call('clerk', 'ledger.submit', P)
    const empty = await h.refused('sup', 'ledger.return', { ...P, comment: '  ' }, 'BAD_INPUT')
    expect(empty.fields?.comment).toBe('退回意见不能为空')
    const missing = await h.refused(
      'sup',
      'ledger.return',
      P as unknown as { period: string; comment: string },
      'BAD_INPUT',
    )
    expect(missing.fields?.comment).toBe('请填写退回意见')
  })

  it('is for supervisors only', async () => {
    await h.call('clerk', 'ledger.submit', P)
    await h.refused('clerk', 'ledger.return', { ...P, comment: '请核对' }, 'FORBIDDEN')
    await h.refused('admin', 'ledger.return', { ...P, comment: '请核对' }, 'FORBIDDEN')
  })

  it('refuses naming a line of another period', async () => {
    await h.call('clerk', 'ledger.submit', P)
    await h.refused(
      'sup',
      'ledger.return',
      { ...P, comment: '请核对', entryIds: ['elsewhere'] },
      'BAD_INPUT',
    )
  })

  it('reopens the sheet with the comment and named lines the clerk sees; resubmit clears the names', async () => {
    const ids = await h.call('clerk', 'ledger.drafts', P).then((v) => v.entries.map((e) => e.id))
    await h.call('clerk', 'ledger.submit', P)
    await h.call('sup', 'ledger.return', {
      ...P,
      comment: '第二笔金额与发票不符',
      entryIds: [ids[1]!],
    })
    const seen = await h.call('clerk', 'ledger.drafts', P)
    expect(seen.sheet).toMatchObject({
      status: 'returned',
      returnComment: '第二笔金额与发票不符',
      returnedBy: PEOPLE.sup.user,
    })
    expect(seen.entries.filter((e) => e.flagged).map((e) => e.id)).toEqual([ids[1]])
    expect(seen.entries.every((e) => e.state === 'returned')).toBe(true)
    // The clerk may now fix the line and send the sheet again.
    const fix = seen.entries[1]!
    await h.call('clerk', 'ledger.saveEntry', { ...fix, amountFen: 20_001 })
    const again = await h.call('clerk', 'ledger.submit', P)
    expect(again.status).toBe('submitted')
    expect(again.returnedEntries).toBeUndefined()
  })
})

describe('ledger.publish', () => {
  it('signs the sheet and all its lines as one journal change', async () => {
    const ids = await enterMonth(h, 3)
    await h.call('clerk', 'ledger.submit', P)
    const before = h.store.head().seq
    const sheet = await h.call('sup', 'ledger.publish', P)
    expect(sheet).toMatchObject({ status: 'published', publishedBy: PEOPLE.sup.user })
    expect(sheet.publishedAt).toBe('2026-11-25T01:30:00.000Z')
    expect(h.store.head().seq).toBe(before + 1)
    const [change] = await h.store
      .history('sheets', '2026-10')
      .then((all) => all.filter((e) => e.action === 'ledger.publish'))
    expect(change!.seq).toBe(before + 1)
    expect(change!.actor).toEqual(PEOPLE.sup.user)
    const put = change!.data.puts.map((p) => `${p.coll}/${p.id}`).sort()
    expect(put).toEqual(['sheets/2026-10', ...ids.map((id) => `ledger/${id}`)].sort())
    for (const id of ids) expect(h.store.get('ledger', id)?.publishedBy).toEqual(PEOPLE.sup.user)
  })

  it('puts the sheet on the public screens with the signer and exact totals', async () => {
    await h.refused('public', 'ledger.sheet', P, 'NOT_FOUND')
    await enterMonth(h, 3)
    await h.call('clerk', 'ledger.submit', P)
    await h.refused('public', 'ledger.sheet', P, 'NOT_FOUND')
    await h.call('sup', 'ledger.publish', P)
    const pub = await h.call('public', 'ledger.sheet', P)
    expect(pub).toMatchObject({
      signedBy: '季宏伟',
      incomeFen: 10_000,
      expenseFen: 50_000,
      balanceFen: -40_000,
      entryCount: 3,
    })
  })

  it('is refused to a clerk and an admin', async () => {
    await enterMonth(h, 1)
    await h.call('clerk', 'ledger.submit', P)
    await h.refused('clerk', 'ledger.publish', P, 'FORBIDDEN', '您的账号没有权限进行这项操作')
    await h.refused('admin', 'ledger.publish', P, 'FORBIDDEN')
  })

  it('is refused to the person who submitted the sheet', async () => {
    await enterMonth(h, 1)
    await h.call('clerk', 'ledger.submit', P)
    await h.refused('clerkAsSup', 'ledger.publish', P, 'FORBIDDEN', /不能签字公开自己提交的账目/)
    await h.call('sup2', 'ledger.publish', P)
  })

  it('is refused to the person who entered a line, even when another clerk submitted', async () => {
    await enterMonth(h, 1)
    await h.call('clerk2', 'ledger.submit', P)
    await h.refused(
      'clerkAsSup',
      'ledger.publish',
      P,
      'FORBIDDEN',
      '这一期有您录入、改过或删去的账目，不能由您签字公开，请由另一位监委成员审核',
    )
    await h.call('sup2', 'ledger.publish', P)
  })

  it('is refused to someone who changed a colleague’s line before it was submitted', async () => {
    await h.call('clerk2', 'ledger.closePeriod', P)
    const e = await h.call('clerk2', 'ledger.saveEntry', line())
    await h.call('clerk', 'ledger.saveEntry', { ...line(), id: e.id, amountFen: 999_900 })
    await h.call('clerk2', 'ledger.saveEntry', { ...line(), id: e.id, amountFen: 999_800 })
    await h.call('clerk2', 'ledger.submit', P)
    // The clerk's account later given the 监委 role: the figure they changed is their work.
    await h.refused('clerkAsSup', 'ledger.publish', P, 'FORBIDDEN', /有您录入、改过或删去的账目/)
    expect(h.store.get('ledger', e.id)?.editedBy).toEqual([PEOPLE.clerk.user])
    await h.call('sup2', 'ledger.publish', P)
  })

  it('is refused to someone who removed a line from the sheet before it was submitted', async () => {
    await h.call('clerk2', 'ledger.closePeriod', P)
    const keep = await h.call('clerk2', 'ledger.saveEntry', line())
    const gone = await h.call('clerk2', 'ledger.saveEntry', { ...line(), voucherNo: '记-99' })
    // The clerk takes out a colleague's expense; the sheet signed without it is their work.
    await h.call('clerk', 'ledger.removeEntry', { id: gone.id })
    await h.call('clerk2', 'ledger.submit', P)
    await h.refused('clerkAsSup', 'ledger.publish', P, 'FORBIDDEN', /有您录入、改过或删去的账目/)
    expect(h.store.get('sheets', '2026-10')?.editedBy).toEqual([PEOPLE.clerk.user])
    await h.call('sup2', 'ledger.publish', P)
    expect(h.store.get('ledger', keep.id)?.publishedBy).toEqual(PEOPLE.sup2.user)
  })

  it('is refused to someone who moved a colleague’s line out of the sheet to another month', async () => {
    await h.call('clerk2', 'ledger.closePeriod', P)
    await h.call('clerk2', 'ledger.saveEntry', line())
    const moved = await h.call('clerk2', 'ledger.saveEntry', { ...line(), voucherNo: '记-99' })
    await h.call('clerk', 'ledger.closePeriod', { period: '2026-11' })
    await h.call('clerk', 'ledger.saveEntry', {
      ...line(),
      id: moved.id,
      voucherNo: '记-99',
      period: '2026-11',
      date: '2026-11-02',
    })
    await h.call('clerk2', 'ledger.submit', P)
    await h.refused('clerkAsSup', 'ledger.publish', P, 'FORBIDDEN', /有您录入、改过或删去的账目/)
    await h.call('sup2', 'ledger.publish', P)
  })

  it('is refused for drafts, returned sheets and sheets already published', async () => {
    await enterMonth(h, 1)
    await h.refused('sup', 'ledger.publish', P, 'CONFLICT', /只有已提交/)
    await h.call('clerk', 'ledger.submit', P)
    await h.call('sup', 'ledger.return', { ...P, comment: '缺发票' })
    await h.refused('sup', 'ledger.publish', P, 'CONFLICT', /只有已提交/)
    await h.call('clerk', 'ledger.submit', P)
    await h.call('sup', 'ledger.publish', P)
    await h.refused('sup2', 'ledger.publish', P, 'CONFLICT', /只有已提交/)
    await h.refused('sup', 'ledger.return', { ...P, comment: '再看看' }, 'CONFLICT')
  })
})
