/**
 * The finance registers (财务计划, 资产资源合同, 债权债务, 收益分配, 专项公开) go through the same
 * workflow as projects and notices: every refusal below must leave the journal untouched.
 */
import { describe, expect, it } from 'vitest'
import { CLERK, SUP, harness, type Harness } from '../records/harness'
import { REGISTER_SAMPLES, type RegisterSample } from './samples'

type Rec = Record<string, unknown> & { id: string; status: string }

async function submitted(h: Harness, s: RegisterSample): Promise<Rec> {
  const d = (await h.okLoose('clerk', `${s.prefix}.save`, s.input)) as Rec
  return (await h.okLoose('clerk', `${s.prefix}.submit`, { id: d.id })) as Rec
}

describe.each(REGISTER_SAMPLES)('$prefix workflow refusals', (s) => {
  const m = (verb: string) => `${s.prefix}.${verb}`

  it('a villager (no login) can neither write nor read drafts', async () => {
    const h = harness()
    const d = await submitted(h, s)
    await h.refused('kiosk', m('save'), s.input, 'UNAUTHENTICATED')
    await h.refused('kiosk', m('submit'), { id: d.id }, 'UNAUTHENTICATED')
    await h.refused('kiosk', m('publish'), { id: d.id }, 'UNAUTHENTICATED')
    await h.refused('kiosk', m('return'), { id: d.id, comment: '不对' }, 'UNAUTHENTICATED')
    await h.refused('kiosk', m('drafts'), {}, 'UNAUTHENTICATED')
    expect(h.store.get(s.prefix, d.id)?.status).toBe('submitted')
  })

  it('a clerk (or admin) cannot publish or return; a 监委 member cannot write', async () => {
    const h = harness()
    const d = await submitted(h, s)
    await h.refused('clerk', m('publish'), { id: d.id }, 'FORBIDDEN')
    await h.refused('admin', m('publish'), { id: d.id }, 'FORBIDDEN')
    await h.refused('clerk', m('return'), { id: d.id, comment: '不对' }, 'FORBIDDEN')
    await h.refused('sup', m('save'), s.input, 'FORBIDDEN')
    await h.refused('sup', m('correct'), { ...s.input, id: d.id, reason: '改' }, 'FORBIDDEN')
    expect(h.store.get(s.prefix, d.id)).toMatchObject({ status: 'submitted', submittedBy: CLERK })
  })

  it('nobody publishes their own submission', async () => {
    const h = harness()
    const d = (await h.okLoose('clerk', m('save'), s.input)) as Rec
    h.sessions.start('twoHats', SUP, 'clerk')
    await h.okLoose('twoHats' as 'clerk', m('submit'), { id: d.id })
    h.sessions.start('twoHats', SUP, 'supervisor')
    const e = await h.refused('twoHats' as 'sup', m('publish'), { id: d.id }, 'FORBIDDEN')
    expect(e.message).toContain('自己提交')
    expect(h.store.get(s.prefix, d.id)?.status).toBe('submitted')
  })

  it('an expired session cannot act', async () => {
    const h = harness()
    const d = await submitted(h, s)
    h.tick(11 * 60_000)
    await h.refused('sup', m('publish'), { id: d.id }, 'UNAUTHENTICATED')
    await h.refused('clerk', m('save'), { ...s.input, [s.field]: s.other }, 'UNAUTHENTICATED')
    expect(h.store.get(s.prefix, d.id)).toMatchObject({
      status: 'submitted',
      [s.field]: s.input[s.field],
    })
  })

  it('a return carries the comment; the 监委 queue lists what waits, across the registers', async () => {
    const h = harness()
    const d = await submitted(h, s)
    const queue = await h.ok('sup', 'records.pending', {})
    expect(queue.map((p) => [p.kind, p.id])).toEqual([[s.prefix, d.id]])
    await h.okLoose('sup', m('return'), { id: d.id, comment: '金额请再核对' })
    const list = (await h.okLoose('clerk', m('drafts'), {})) as unknown as Rec[]
    expect(list.find((r) => r.id === d.id)).toMatchObject({
      status: 'returned',
      returnComment: '金额请再核对',
    })
    expect(await h.ok('sup', 'records.pending', {})).toEqual([])
  })

  it('a published record is frozen; a correction needs a reason', async () => {
    const h = harness()
    const d = await submitted(h, s)
    await h.okLoose('sup', m('publish'), { id: d.id })
    const changed = { ...s.input, [s.field]: s.other }
    await h.refused('clerk', m('save'), { ...changed, id: d.id }, 'CONFLICT')
    const e = await h.refused(
      'clerk',
      m('correct'),
      { ...changed, id: d.id, reason: '' },
      'BAD_INPUT',
    )
    expect(e.fields?.reason).toBe('更正原因不能为空')
    const fix = await h.okLoose('clerk', m('correct'), { ...changed, id: d.id, reason: '录错了' })
    expect(fix).toMatchObject({ status: 'draft', version: 2, supersedes: d.id })
    expect(h.store.get(s.prefix, d.id)?.[s.field as never]).toEqual(s.input[s.field])
  })
})
