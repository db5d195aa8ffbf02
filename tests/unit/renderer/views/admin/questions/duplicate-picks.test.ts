/**
 * What the 重复 picker offers a 监委 member: questions on the board asked before the withheld
 * one (a question cannot repeat one asked later), those about the same item first, newest first,
 * narrowed to those holding every typed word in their text or receipt.
 */
import { describe, expect, it } from 'vitest'
import type { InboxQuestion } from '../../../../../../contract'
import { duplicatePicks } from '../../../../../../renderer/src/views/admin/questions/duplicate-picks'

let n = 0
function q(text: string, day: number, more: Partial<InboxQuestion> = {}): InboxQuestion {
  n++
  return {
    id: `q${n}`,
    receipt: String(10_000_000 + n * 1111),
    type: '质询',
    text,
    masked: false,
    submittedAt: `2026-11-${String(day).padStart(2, '0')}T01:00:00.000Z`,
    dueAt: '2026-12-31',
    status: '待答复',
    canGiveFeedback: false,
    name: '',
    phone: '',
    ...more,
  }
}

const road = { section: 'projects', id: 'p-road', title: '三组道路硬化' } as InboxQuestion['about']
const self = q('三组的路到底什么时候修？', 20, { about: road })
const early = q('低保名单什么时候公示？', 2)
const roadEarly = q('三组的路什么时候修？', 3, { about: road })
const mid = q('自来水管什么时候换？', 10)
const hidden = q('与本村无关的事', 11, { withheld: { reason: '与村务无关', at: '2026-11-12' } })
const later = q('自来水费怎么收？', 25)
const sameDay = q('路灯坏了谁来修？', 20)
const list = [self, early, roadEarly, mid, hidden, later, sameDay]
const ids = (qs: InboxQuestion[]) => qs.map((x) => x.id)

describe('the 重复 picker', () => {
  it('offers public questions asked no later than this one: same item first, then newest', () => {
    expect(ids(duplicatePicks(list, self, ''))).toEqual(ids([roadEarly, sameDay, mid, early]))
  })

  it('narrows to questions holding every typed word, in their text or receipt', () => {
    expect(ids(duplicatePicks(list, self, '什么时候'))).toEqual(ids([roadEarly, mid, early]))
    expect(ids(duplicatePicks(list, self, ' 什么时候  低保 '))).toEqual(ids([early]))
    expect(ids(duplicatePicks(list, self, mid.receipt.slice(2)))).toEqual(ids([mid]))
    // Typed full-width or in capitals (ＡＢ, ＬＥＤ), it is found as the text reads.
    const led = q('LED路灯什么时候装？', 4)
    expect(ids(duplicatePicks([...list, led], self, 'ｌｅｄ'))).toEqual(ids([led]))
    // A later question is never offered, however well it matches.
    expect(duplicatePicks(list, self, '自来水费')).toEqual([])
  })

  it('offers nothing before the question itself is known', () => {
    expect(duplicatePicks(list, null, '')).toEqual([])
  })
})
