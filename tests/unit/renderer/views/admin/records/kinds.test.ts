import { describe, expect, it } from 'vitest'
import { api, type Matter, type Notice, type Project } from '../../../../../../contract'
import { addDays } from '../../../../../../renderer/src/components/admin/forms/dates'
import { KINDS } from '../../../../../../renderer/src/views/admin/records/kinds'
import {
  Converter,
  fenToText,
} from '../../../../../../renderer/src/views/admin/records/kinds/convert'
import { nextStep } from '../../../../../../renderer/src/views/admin/records/kinds/matters'

const WORDS = { badNumber: '请填写整数', badAmount: '金额格式不对' }
const PUB = {
  status: 'published',
  version: 1,
  createdAt: '2026-01-02T01:00:00.000Z',
  createdBy: { id: 'c', name: '吴春燕' },
  updatedAt: '2026-01-02T01:00:00.000Z',
} as const

describe('typed text to API input', () => {
  it('amounts in 元 become exact fen; whole numbers stay whole; bad text is named by field', () => {
    const c = new Converter(WORDS)
    expect(c.fen('1,234.56', 'a')).toBe(123_456)
    expect(c.fen('0.1', 'b')).toBe(10)
    expect(c.int('42', 'n')).toBe(42)
    expect(c.int('', 'blank')).toBe(0)
    expect(c.errors).toEqual({})
    c.fen('12.345', 'x')
    c.fen('一百', 'y')
    c.int('3.5', 'z')
    expect(c.errors).toEqual({ x: '金额格式不对', y: '金额格式不对', z: '请填写整数' })
    expect(fenToText(123_456)).toBe('1234.56')
    expect(fenToText(5)).toBe('0.05')
  })

  it('date buttons step over month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(addDays('2026-11-25', 7)).toBe('2026-12-02')
  })
})

describe('record drafts', () => {
  it('a project round-trips through its draft and the contract accepts the result', () => {
    const p: Project = {
      ...PUB,
      id: 'p1',
      name: '三组道路硬化',
      stage: '施工',
      percent: 40,
      budgetFen: 80_000_050,
      fundSource: '一事一议',
      contractor: '',
      procurement: '',
      location: '',
      startDate: '2026-09-01',
      summary: '',
      milestones: [{ id: 'm1', date: '2026-09-01', title: '开工', note: '', photos: [] }],
    }
    const { input, errors } = KINDS.projects.toInput(KINDS.projects.fromRecord(p), WORDS)
    expect(errors).toEqual({})
    expect(input).toMatchObject({ budgetFen: 80_000_050, percent: 40, startDate: '2026-09-01' })
    expect(input.endDate).toBeUndefined()
    expect(api['projects.save'].input.safeParse(input).success).toBe(true)
  })

  it('a 公示 list keeps its rows and amounts; a bad amount is reported on its row', () => {
    const n: Notice = {
      ...PUB,
      id: 'n1',
      kind: 'gongshi',
      title: '低保公示',
      body: '',
      pinned: false,
      validFrom: '2026-11-25',
      validTo: '2026-12-01',
      objection: '到村部反映',
      rows: [{ maskedName: '张*明', group: '三组', reason: '因病', amountFen: 65_000 }],
    }
    const draft = KINDS.notices.fromRecord(n)
    expect(draft.rows[0]?.amountText).toBe('650.00')
    expect(KINDS.notices.toInput(draft, WORDS).input.rows).toEqual(n.rows)
    draft.rows[0]!.amountText = '六百'
    expect(KINDS.notices.toInput(draft, WORDS).errors).toEqual({
      'rows.0.amountFen': '金额格式不对',
    })
  })

  it('matters add the next step not yet held, and stop after six', () => {
    const m: Matter = { ...PUB, id: 'm', title: '修路', summary: '', steps: [] }
    const draft = KINDS.matters.fromRecord(m)
    for (let i = 0; i < 6; i++) draft.steps.push(nextStep(draft.steps, '2026-11-25')!)
    expect(draft.steps.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5])
    expect(nextStep(draft.steps, '2026-11-25')).toBeNull()
    draft.steps[2]!.present = '十'
    expect(KINDS.matters.toInput(draft, WORDS).errors).toEqual({ 'steps.2.present': '请填写整数' })
  })
})
