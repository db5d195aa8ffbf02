import { describe, expect, it } from 'vitest'
import type { Input } from '../../../../../../contract'
import { CLERK, SUP, harness, type Harness } from './harness'

const GONGSHI: Input<'notices.save'> = {
  kind: 'gongshi',
  title: '2026年第四季度低保新增对象公示',
  body: '经本人申请、入户调查和村民代表评议，拟新增以下对象。',
  validFrom: '2026-11-25',
  validTo: '2026-12-01',
  objection: '如有异议，请在公示期内到村部二楼监委会办公室反映。',
  rows: [
    { maskedName: '张三明', group: '三组', reason: '因病丧失劳动能力', amountFen: 65_000 },
    { maskedName: '欧阳小明', group: '五组', reason: '独居老人', amountFen: 58_000 },
    { maskedName: '李四', group: '一组', reason: '重度残疾', amountFen: 72_000 },
  ],
}

/** Some days later: the clock moves on and both cadres log in again. */
function daysLater(h: Harness, days: number): void {
  h.tick(days * 86_400_000)
  h.sessions.start('clerk', CLERK, 'clerk')
  h.sessions.start('sup', SUP, 'supervisor')
}

describe('a 公示 is public for its 7 days from the day it goes up, not from a date already past', () => {
  it('the 监委 cannot sign one whose remaining days are fewer than 7, and is told what end date works', async () => {
    const h = harness()
    const n = await h.ok('clerk', 'notices.save', GONGSHI)
    await h.ok('clerk', 'notices.submit', { id: n.id })
    // Signed three days late (11-28): villagers would see it for 11-28 … 12-01, four days.
    daysLater(h, 3)
    const e = await h.refused('sup', 'notices.publish', { id: n.id }, 'BAD_INPUT')
    expect(e.message).toBe(
      '公示从今天（11月28日）公开到结束日期 12月1日 只有 4 天，不足 7 天，村民来不及提出异议。' +
        '请退回，让经办人把结束日期改到 12月4日 或以后',
    )
    expect(h.store.get('notices', n.id)?.status).toBe('submitted')
    // Returned and given a later end, it goes up for its full 7 days.
    await h.ok('sup', 'notices.return', { id: n.id, comment: '结束日期改到12月4日' })
    await h.ok('clerk', 'notices.save', { ...GONGSHI, id: n.id, validTo: '2026-12-04' })
    await h.ok('clerk', 'notices.submit', { id: n.id })
    expect((await h.ok('sup', 'notices.publish', { id: n.id })).status).toBe('published')
  })

  it('the clerk cannot submit one that starts before today with too few days left', async () => {
    const h = harness()
    const backdated = { ...GONGSHI, validFrom: '2026-11-18', validTo: '2026-11-26' }
    const n = await h.ok('clerk', 'notices.save', backdated)
    const e = await h.refused('clerk', 'notices.submit', { id: n.id }, 'BAD_INPUT')
    expect(e.message).toBe(
      '公示从今天（11月25日）公开到结束日期 11月26日 只有 2 天，不足 7 天，村民来不及提出异议。' +
        '请把结束日期改到 12月1日 或以后',
    )
    expect(e.fields?.validTo).toBe(e.message)
    expect(h.store.get('notices', n.id)?.status).toBe('draft')
    const over = await h.ok('clerk', 'notices.save', {
      ...backdated,
      validFrom: '2026-11-10',
      validTo: '2026-11-20',
    })
    const past = await h.refused('clerk', 'notices.submit', { id: over.id }, 'BAD_INPUT')
    expect(past.message).toBe(
      '公示的结束日期 11月20日 已经过了，村民来不及提出异议。请把结束日期改到 12月1日 或以后',
    )
  })

  it('one whose start is still ahead, or a plain notice starting in the past, goes up as before', async () => {
    const h = harness()
    const ahead = await h.ok('clerk', 'notices.save', {
      ...GONGSHI,
      validFrom: '2026-12-01',
      validTo: '2026-12-07',
    })
    const notice = await h.ok('clerk', 'notices.save', {
      kind: 'notice',
      title: '停水通知',
      body: '11月20日起检修水管。',
      validFrom: '2026-11-20',
      objection: '',
      rows: [],
    })
    for (const n of [ahead, notice]) {
      await h.ok('clerk', 'notices.submit', { id: n.id })
      expect((await h.ok('sup', 'notices.publish', { id: n.id })).status).toBe('published')
    }
  })
})

describe('公示 lists', () => {
  it('names are masked in core on save, and masking twice changes nothing', async () => {
    const h = harness()
    const n = await h.ok('clerk', 'notices.save', GONGSHI)
    expect(n.rows.map((r) => r.maskedName)).toEqual(['张*明', '欧**明', '李*'])
    const again = await h.ok('clerk', 'notices.save', { ...GONGSHI, rows: n.rows, id: n.id })
    expect(again.rows.map((r) => r.maskedName)).toEqual(['张*明', '欧**明', '李*'])
    expect(JSON.stringify(h.store.all('notices'))).not.toContain('张三明')
    const journal = await h.store.history('notices', n.id)
    expect(JSON.stringify(journal)).not.toContain('欧阳小明')
  })

  it('a correction is masked too', async () => {
    const h = harness()
    const n = await h.ok('clerk', 'notices.save', GONGSHI)
    await h.ok('clerk', 'notices.submit', { id: n.id })
    await h.ok('sup', 'notices.publish', { id: n.id })
    const c = await h.ok('clerk', 'notices.correct', {
      ...GONGSHI,
      rows: [{ maskedName: '王五六', group: '二组', reason: '', amountFen: 1 }],
      id: n.id,
      reason: '名单有误',
    })
    expect(c.rows[0]?.maskedName).toBe('王*六')
  })

  it.each([
    ['rows.0.reason', { reason: '身份证32092119800101123X' }, '身份证号'],
    ['rows.1.reason', { reason: '联系电话13812345678' }, '手机号码'],
    ['rows.2.group', { group: '卡6222021001123456789' }, '银行卡号'],
  ])(
    'refuses a personal number in %s, naming the field, changing nothing',
    async (path, over, kind) => {
      const h = harness()
      const i = Number(path.split('.')[1])
      const rows = GONGSHI.rows!.map((r, k) => (k === i ? { ...r, ...over } : r))
      const e = await h.refused('clerk', 'notices.save', { ...GONGSHI, rows }, 'BAD_INPUT')
      expect(e.fields?.[path]).toContain(kind)
      expect(e.fields?.[path]).toContain(`第${i + 1}行`)
      expect(e.message).toContain('不能出现身份证号、银行卡号或完整的电话号码')
      expect(h.store.all('notices')).toHaveLength(0)
    },
  )

  it('refuses phone numbers in the title, body and objection of any notice', async () => {
    const h = harness()
    const e = await h.refused(
      'clerk',
      'notices.save',
      {
        ...GONGSHI,
        title: '咨询电话13812345678',
        body: '联系电话0515-88881234',
        objection: '请拨打138 1234 5678',
      },
      'BAD_INPUT',
    )
    expect(Object.keys(e.fields ?? {}).sort()).toEqual(['body', 'objection', 'title'])
    const d = await h.ok('clerk', 'notices.save', GONGSHI)
    await h.refused(
      'clerk',
      'notices.save',
      { ...GONGSHI, id: d.id, body: '卡号6222 0210 0112 3456' },
      'BAD_INPUT',
    )
    expect(h.store.get('notices', d.id)?.body).toBe(GONGSHI.body)
  })

  it('a 公示 runs at least 7 days, has an end date and says how to object', async () => {
    const h = harness()
    const short = await h.refused(
      'clerk',
      'notices.save',
      { ...GONGSHI, validTo: '2026-11-30' },
      'BAD_INPUT',
    )
    expect(short.fields?.validTo).toBe('公示期不能少于7天')
    const open = await h.refused(
      'clerk',
      'notices.save',
      { ...GONGSHI, validTo: undefined },
      'BAD_INPUT',
    )
    expect(open.fields?.validTo).toBe('公示要写明结束日期')
    const mute = await h.refused(
      'clerk',
      'notices.save',
      { ...GONGSHI, objection: '' },
      'BAD_INPUT',
    )
    expect(mute.fields?.objection).toContain('异议')
  })

  it('dates in order; a list only on a 公示', async () => {
    const h = harness()
    const back = await h.refused(
      'clerk',
      'notices.save',
      { kind: 'notice', title: '通知', validFrom: '2026-11-25', validTo: '2026-11-20' },
      'BAD_INPUT',
    )
    expect(back.fields?.validTo).toBe('结束日期不能早于开始日期')
    const rows = await h.refused(
      'clerk',
      'notices.save',
      { ...GONGSHI, kind: 'notice' },
      'BAD_INPUT',
    )
    expect(rows.fields?.rows).toContain('只有公示才有名单')
  })

  it('an impossible date or a typed-in amount is refused by the schema with the field named', async () => {
    const h = harness()
    const e = await h.refused(
      'clerk',
      'notices.save',
      { ...GONGSHI, validFrom: '2026-02-30' },
      'BAD_INPUT',
    )
    expect(e.fields?.validFrom).toContain('日期不存在')
    const rows = [{ ...GONGSHI.rows![0]!, amountFen: 12.5 }]
    const m = await h.refused('clerk', 'notices.save', { ...GONGSHI, rows }, 'BAD_INPUT')
    expect(m.fields?.['rows.0.amountFen']).toBe('金额必须精确到分')
  })
})

describe('a corrected 公示 is up long enough for villagers to object to what changed', () => {
  const WANG = { maskedName: '王五芳', group: '二组', reason: '独居老人', amountFen: 90_000 }

  /** The published 公示 corrected as given (the original's fields, then `fix`), and submitted. */
  async function corrected(h: Harness, id: string, fix: Partial<Input<'notices.save'>>) {
    const c = await h.ok('clerk', 'notices.correct', { ...GONGSHI, ...fix, id, reason: '补报' })
    return c.id
  }

  async function published(h: Harness, input: Input<'notices.save'> = GONGSHI) {
    const n = await h.ok('clerk', 'notices.save', input)
    await h.ok('clerk', 'notices.submit', { id: n.id })
    await h.ok('sup', 'notices.publish', { id: n.id })
    return n.id
  }

  it('a person added on the last day runs a new 7 days from the day it is signed', async () => {
    const h = harness()
    const id = await published(h)
    daysLater(h, 6) // 12-01, the last day
    const c = await corrected(h, id, { rows: [...GONGSHI.rows!, WANG] })
    const e = await h.refused('clerk', 'notices.submit', { id: c }, 'BAD_INPUT')
    expect(e.message).toBe(
      '名单或正文改了，更正后要重新公示满 7 天。公示从今天（12月1日）公开到结束日期 12月1日 只有 1 天，' +
        '不足 7 天，村民来不及提出异议。请把结束日期改到 12月7日 或以后',
    )
    await h.ok('clerk', 'notices.save', {
      ...GONGSHI,
      rows: [...GONGSHI.rows!, WANG],
      id: c,
      validTo: '2026-12-07',
    })
    await h.ok('clerk', 'notices.submit', { id: c })
    await h.ok('sup', 'notices.publish', { id: c })
    const v = await h.ok('kiosk', 'notices.get', { id: c })
    expect(v.countdown).toMatchObject({ state: 'open', daysLeft: 7 })
  })

  it('a person added after the 公示 ended cannot go straight into the archive', async () => {
    const h = harness()
    const id = await published(h)
    daysLater(h, 10) // 12-05
    const c = await corrected(h, id, { rows: [...GONGSHI.rows!, WANG] })
    await h.refused('clerk', 'notices.submit', { id: c }, 'BAD_INPUT')
    expect(h.store.get('notices', c)?.status).toBe('draft')
  })

  it('a correction cannot end a running 公示 early, nor push its start off the screen', async () => {
    const h = harness()
    const id = await published(h, { ...GONGSHI, validTo: '2026-12-05' })
    daysLater(h, 2) // 11-27
    const early = await corrected(h, id, { validFrom: '2026-11-19', validTo: '2026-11-26' })
    const e = await h.refused('clerk', 'notices.submit', { id: early }, 'BAD_INPUT')
    expect(e.message).toBe(
      '更正后的结束日期 2026年11月26日 早于原来的 2026年12月5日，离今天也不足 7 天，' +
        '村民来不及提出异议。请把结束日期改到 2026年12月3日 或以后',
    )
    await h.ok('clerk', 'notices.save', {
      ...GONGSHI,
      id: early,
      validFrom: '2026-12-27',
      validTo: '2027-01-02',
    })
    const late = await h.refused('clerk', 'notices.submit', { id: early }, 'BAD_INPUT')
    expect(late.message).toBe('这份公示正在公示中，更正后的开始日期不能晚于今天（11月27日）')
  })

  it('an end typed a year too late can be put right while 7 days remain', async () => {
    const h = harness()
    const id = await published(h, { ...GONGSHI, validTo: '2027-12-01' })
    const c = await corrected(h, id, { validTo: '2026-12-01' })
    await h.ok('clerk', 'notices.submit', { id: c })
  })

  it('an ended 公示 can be run again from a later start with its list corrected', async () => {
    const h = harness()
    const id = await published(h)
    daysLater(h, 10) // 12-05, ended 12-01
    const c = await corrected(h, id, {
      rows: [...GONGSHI.rows!, WANG],
      validFrom: '2026-12-07',
      validTo: '2026-12-13',
    })
    await h.ok('clerk', 'notices.submit', { id: c })
  })

  it('a 公示 corrected into a plain notice is refused', async () => {
    const h = harness()
    const id = await published(h)
    daysLater(h, 1)
    const c = await corrected(h, id, { kind: 'notice', rows: [], validTo: undefined })
    const e = await h.refused('clerk', 'notices.submit', { id: c }, 'BAD_INPUT')
    expect(e.message).toBe('公示更正以后仍然是公示，不能改成别的类别')
  })

  it('a notice showing now cannot be corrected to start later: it would vanish from the board', async () => {
    const h = harness()
    const notice = { kind: 'notice', title: '停水通知', body: '周五停水', validFrom: '2026-11-20' }
    const id = await published(h, notice as Input<'notices.save'>)
    const c = await h.ok('clerk', 'notices.correct', {
      ...notice,
      title: '停水通知（改期）',
      body: '改到下月停水',
      validFrom: '2026-12-20',
      id,
      reason: '改期',
    } as Input<'notices.correct'>)
    const e = await h.refused('clerk', 'notices.submit', { id: c.id }, 'BAD_INPUT')
    expect(e.message).toBe(
      '这条公告现在正在屏幕上显示，更正后的开始日期不能晚于今天（11月25日），否则它会从屏幕上消失。要预告以后的事，请另发一条新公告',
    )
    expect((await h.ok('kiosk', 'notices.list', {})).current.map((n) => n.id)).toContain(id)
  })

  it('a wording fix to the title keeps the first window, signed on its last day', async () => {
    const h = harness()
    const id = await published(h)
    daysLater(h, 6) // 12-01
    const c = await corrected(h, id, { title: '2026年第四季度农村低保新增对象公示' })
    await h.ok('clerk', 'notices.submit', { id: c })
    await h.ok('sup', 'notices.publish', { id: c })
    const v = await h.ok('kiosk', 'notices.get', { id: c })
    expect(v.countdown).toMatchObject({ state: 'open', daysLeft: 1 })
  })
})
