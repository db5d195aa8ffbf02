import { cp, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { InboxQuestion, QuestionBoard, TownshipPackage } from '../../../../../contract'
import { decodePackage } from '../../../../../electron/core/township/package-format'
import { townshipOverview } from '../../../../../electron/core/township/console'
import { publishMonth, signingVillage, type SigningVillage } from './village'

let v: SigningVillage
beforeAll(async () => {
  v = await signingVillage()
  for (const [caller, name, password] of [
    ['clerk', '杨雪梅', '111111'],
    ['sup', '高志强', '222222'],
  ] as const) {
    await v.core.invoke('auth.login', { name, password }, caller)
  }
}, 30_000)
afterAll(async () => {
  await v.close()
})

async function must(method: string, input: unknown, caller: string): Promise<unknown> {
  const r = await v.core.invoke(method, input, caller)
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
  return r.data
}

async function newest(): Promise<TownshipPackage> {
  const names = (await readdir(v.outbox)).filter((n) => n.endsWith('.json')).sort()
  const d = decodePackage(await readFile(join(v.outbox, names.at(-1)!)))
  if (!d.ok) throw new Error(d.message)
  return d.pkg
}

describe('every publish, not only sheets, makes a package', () => {
  it('a notice: the package holds the notice exactly as the kiosk shows it', async () => {
    const notice = (await must(
      'notices.save',
      {
        kind: 'notice',
        title: '关于冬季防火的通知',
        body: '请各户注意用火安全。',
        validFrom: '2026-11-25',
        validTo: '2026-12-25',
      },
      'clerk',
    )) as { id: string }
    await must('notices.submit', { id: notice.id }, 'clerk')
    const count = async () =>
      (await readdir(v.outbox).catch(() => [])).filter((n) => n.endsWith('.json')).length
    const before = await count()
    await must('notices.publish', { id: notice.id }, 'sup')
    expect(await count()).toBe(before + 1)
    const pkg = await newest()
    expect(pkg).toMatchObject({ action: 'notices.publish', correction: false })
    const kiosk = await v.core.invoke('notices.get', { id: notice.id }, 'anyone')
    expect(pkg.records).toEqual([
      { method: 'notices.get', input: { id: notice.id }, view: kiosk.ok && kiosk.data },
    ])
  })

  it('an answer: the package holds that question and its answer, never the phone number', async () => {
    const text = '村里修路的钱用在哪里了？我的电话13812345678'
    await must('questions.submit', { type: '质询', text, name: '', phone: '' }, 'villager')
    const inbox = (await must('questions.inbox', {}, 'clerk')) as InboxQuestion[]
    const q = inbox.find((x) => x.text.startsWith('村里修路的钱'))!
    await must('questions.answer', { id: q.id, text: '见十月财务公开表第3笔。' }, 'clerk')
    const pkg = await newest()
    expect(pkg.action).toBe('questions.answer')
    const [record] = pkg.records
    expect(record?.view).toMatchObject({ id: q.id, answer: { text: '见十月财务公开表第3笔。' } })
    expect(JSON.stringify(pkg)).not.toContain('13812345678')
  })

  it('a withholding: a package with the board’s counts, not the question; the township sees it', async () => {
    const text = '三组王某某家的低保是怎么评上的？他家电话13912345678'
    await must('questions.submit', { type: '质询', text, name: '', phone: '' }, 'villager')
    const inbox = (await must('questions.inbox', {}, 'clerk')) as InboxQuestion[]
    const q = inbox.find((x) => x.text.startsWith('三组王某某'))!
    const before = (await readdir(v.outbox)).length
    await must('questions.withhold', { id: q.id, reason: '含个人隐私' }, 'sup')
    expect((await readdir(v.outbox)).length).toBe(before + 1)
    const pkg = await newest()
    expect(pkg).toMatchObject({ action: 'questions.withhold', correction: false })
    const board = (await must('questions.public', {}, 'anyone')) as QuestionBoard
    expect(board.counts.withheld['含个人隐私']).toBe(1)
    // What every villager sees on the board: the numbers, never the withheld question itself.
    expect(pkg.records).toEqual([
      { method: 'questions.public', input: {}, view: { counts: board.counts } },
    ])
    expect(JSON.stringify(pkg)).not.toContain('王某某')
    const townInbox = join(v.root, 'inbox-withheld')
    await cp(v.outbox, join(townInbox, 'v'), { recursive: true })
    const now = new Date('2026-11-26T02:00:00.000Z')
    const [row] = (await townshipOverview(townInbox, join(v.root, 'state-withheld'), now)).villages
    // The demo village had withheld one already (重复): the township sees both, by reason.
    expect(row).toMatchObject({ ok: true })
    expect(row!.withheld).toEqual([
      { reason: '含个人隐私', count: 1 },
      { reason: '重复', count: board.counts.withheld['重复'] },
    ])
    expect(board.counts.withheld['重复']).toBeGreaterThan(0)
  })

  it('a withholding of a rated question: the package counts only the ratings the board shows', async () => {
    const text = '五组的水渠谁家出的工？'
    const { receipt } = (await must(
      'questions.submit',
      { type: '质询', text, name: '', phone: '' },
      'villager',
    )) as { receipt: string }
    const inbox = (await must('questions.inbox', {}, 'clerk')) as InboxQuestion[]
    const q = inbox.find((x) => x.text === text)!
    await must('questions.answer', { id: q.id, text: '按户出工，名单已公示。' }, 'clerk')
    await must('questions.feedback', { receipt, value: '不满意' }, 'villager')
    await must('questions.withhold', { id: q.id, reason: '与村务无关' }, 'sup')
    const pkg = await newest()
    expect(pkg).toMatchObject({ action: 'questions.withhold' })
    const board = (await must('questions.public', {}, 'anyone')) as QuestionBoard
    const shown = { 满意: 0, 不满意: 0 }
    for (const b of board.questions) if (b.feedback) shown[b.feedback]++
    const view = pkg.records[0]?.view as Pick<QuestionBoard, 'counts'>
    expect(view.counts.feedback).toEqual(shown)
  })

  it('a correction: marked as one, with the corrected line, and counted by the township for 90 days', async () => {
    await publishMonth(v.core, '2026-10', { summary: '十月办公用品', amountFen: 12_300 })
    const line = v.core.store.all('ledger').find((e) => e.summary === '十月办公用品')!
    const { id, period, date, voucherNo, summary, category, item, direction } = line
    const fixed = { period, date, voucherNo, summary, category, item, direction }
    const c = (await must(
      'ledger.correct',
      { ...fixed, id, amountFen: 12_800, reason: '发票金额录错' },
      'clerk',
    )) as { id: string }
    await must('ledger.publishCorrection', { id: c.id }, 'sup')
    const pkg = await newest()
    expect(pkg).toMatchObject({ action: 'ledger.correction.publish', correction: true })
    expect(pkg.records.map((r) => r.method)).toContain('ledger.entry')
    const inbox = join(v.root, 'inbox')
    await cp(v.outbox, join(inbox, 'v'), { recursive: true })
    const now = new Date('2026-11-26T02:00:00.000Z')
    const [row] = (await townshipOverview(inbox, join(v.root, 'state'), now)).villages
    expect(row).toMatchObject({ ok: true, correctionsLast90: 1 })
    // The township's totals follow the correction, as the kiosk's own sheet does (the demo's
    // earlier sheets were published before this outbox began: only 2026-10 is packaged).
    const kiosk = (await must('ledger.periods', {}, 'anyone')) as Array<{
      key: string
      expenseFen: number
    }>
    expect(kiosk.find((p) => p.key === '2026-10')?.expenseFen).toBe(12_800)
    expect(row).toMatchObject({ expenseFen: 12_800, managementFen: 12_800 })
    const later = new Date('2027-03-01T02:00:00.000Z')
    expect((await townshipOverview(inbox, join(v.root, 'state'), later)).villages[0]).toMatchObject(
      {
        correctionsLast90: 0,
      },
    )
  })
})
