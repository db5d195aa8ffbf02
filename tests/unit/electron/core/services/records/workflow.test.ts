import { describe, expect, it } from 'vitest'
import { ADMIN, CLERK, SUP, harness, type Harness } from './harness'
import { SAMPLES, type Sample } from './samples'

type Rec = Record<string, unknown> & { id: string; status: string; version: number }

async function draft(h: Harness, s: Sample, caller: 'clerk' | 'admin' = 'clerk'): Promise<Rec> {
  return (await h.okLoose(caller, `${s.prefix}.save`, s.input)) as Rec
}
async function submitted(h: Harness, s: Sample): Promise<Rec> {
  const d = await draft(h, s)
  return (await h.okLoose('clerk', `${s.prefix}.submit`, { id: d.id })) as Rec
}
async function published(h: Harness, s: Sample): Promise<Rec> {
  const d = await submitted(h, s)
  return (await h.okLoose('sup', `${s.prefix}.publish`, { id: d.id })) as Rec
}

describe.each(SAMPLES)('$prefix workflow', (s) => {
  const m = (verb: string) => `${s.prefix}.${verb}`

  it('a clerk saves a draft, journaled with the clerk as actor', async () => {
    const h = harness()
    const d = await draft(h, s)
    expect(d).toMatchObject({ status: 'draft', version: 1, createdBy: CLERK })
    expect(d[s.field]).toBe(s.input[s.field])
    expect(h.store.get(s.prefix, d.id)).toMatchObject({ status: 'draft' })
    const history = await h.store.history(s.prefix, d.id)
    expect(history.map((e) => [e.action, e.actor?.id])).toEqual([[m('save'), CLERK.id]])
  })

  it('saving a draft again replaces its content wholesale (a cleared field stays cleared)', async () => {
    const h = harness()
    const d = await draft(h, s)
    const e = await h.okLoose('clerk', m('save'), { ...s.edit, id: d.id })
    expect(e[s.field]).toBe(s.edit[s.field])
    expect(e[s.dropped] ?? '').toBe('')
    expect(e).toMatchObject({ id: d.id, status: 'draft', version: 1, createdBy: CLERK })
  })

  it('an admin may keep records too', async () => {
    const h = harness()
    const d = await draft(h, s, 'admin')
    expect(d.createdBy).toEqual(ADMIN)
    await h.okLoose('admin', m('submit'), { id: d.id })
  })

  it('submit → publish by a supervisor records who and when', async () => {
    const h = harness()
    const d = await submitted(h, s)
    expect(d).toMatchObject({ status: 'submitted', submittedBy: CLERK })
    h.tick()
    const p = await h.okLoose('sup', m('publish'), { id: d.id })
    expect(p).toMatchObject({
      status: 'published',
      publishedBy: SUP,
      publishedAt: '2026-11-25T01:31:00.000Z',
    })
    const actions = (await h.store.history(s.prefix, d.id)).map((e) => [e.action, e.actor?.id])
    expect(actions).toEqual([
      [m('save'), CLERK.id],
      [m('submit'), CLERK.id],
      [m('publish'), SUP.id],
    ])
  })

  it('a return carries the comment to the clerk, who fixes and resubmits', async () => {
    const h = harness()
    const d = await submitted(h, s)
    const r = await h.okLoose('sup', m('return'), { id: d.id, comment: '日期写错了' })
    expect(r).toMatchObject({ status: 'returned', returnComment: '日期写错了' })
    const seen = (await h.okLoose('clerk', m('drafts'), {})) as unknown as Rec[]
    expect(seen.find((x) => x.id === d.id)).toMatchObject({ returnComment: '日期写错了' })
    const fixed = await h.okLoose('clerk', m('save'), { ...s.edit, id: d.id })
    expect(fixed).toMatchObject({ status: 'returned', returnComment: '日期写错了' })
    const again = await h.okLoose('clerk', m('submit'), { id: d.id })
    expect(again.status).toBe('submitted')
    expect(again.returnComment).toBeUndefined()
    await h.okLoose('sup', m('publish'), { id: d.id })
  })

  it('a return needs a comment', async () => {
    const h = harness()
    const d = await submitted(h, s)
    const e = await h.refused('sup', m('return'), { id: d.id, comment: '  ' }, 'BAD_INPUT')
    expect(e.fields?.comment).toBe('退回意见不能为空')
  })

  it('roles are checked in core: clerks cannot sign, supervisors cannot write, villagers nothing', async () => {
    const h = harness()
    const d = await submitted(h, s)
    await h.refused('clerk', m('publish'), { id: d.id }, 'FORBIDDEN')
    await h.refused('clerk', m('return'), { id: d.id, comment: '不行' }, 'FORBIDDEN')
    await h.refused('admin', m('publish'), { id: d.id }, 'FORBIDDEN')
    await h.refused('sup', m('save'), s.input, 'FORBIDDEN')
    await h.refused('sup', m('correct'), { ...s.input, id: d.id, reason: '改' }, 'FORBIDDEN')
    for (const verb of ['save', 'submit', 'publish', 'drafts']) {
      const input = verb === 'save' ? s.input : verb === 'drafts' ? {} : { id: d.id }
      await h.refused('kiosk', m(verb), input, 'UNAUTHENTICATED')
    }
  })

  it('an expired session cannot act', async () => {
    const h = harness()
    const d = await submitted(h, s)
    h.tick(11 * 60_000)
    await h.refused('sup', m('publish'), { id: d.id }, 'UNAUTHENTICATED')
    expect(h.store.get(s.prefix, d.id)?.status).toBe('submitted')
  })

  it('nobody publishes their own submission', async () => {
    const h = harness()
    const d = await draft(h, s)
    // The same person, once as a keeper (submits) and once as a signer (tries to publish).
    h.sessions.start('twoHats', SUP, 'clerk')
    await h.okLoose('twoHats' as 'clerk', m('submit'), { id: d.id })
    h.sessions.start('twoHats', SUP, 'supervisor')
    const e = await h.refused('twoHats' as 'sup', m('publish'), { id: d.id }, 'FORBIDDEN')
    expect(e.message).toContain('自己提交')
  })

  it('only drafts and returned records may be edited or submitted', async () => {
    const h = harness()
    const d = await submitted(h, s)
    await h.refused('clerk', m('save'), { ...s.edit, id: d.id }, 'CONFLICT')
    await h.refused('clerk', m('submit'), { id: d.id }, 'CONFLICT')
    const fresh = await draft(h, s)
    await h.refused('sup', m('publish'), { id: fresh.id }, 'CONFLICT')
    await h.refused('sup', m('return'), { id: fresh.id, comment: '退回' }, 'CONFLICT')
  })

  it('a published record is frozen', async () => {
    const h = harness()
    const p = await published(h, s)
    const e = await h.refused('clerk', m('save'), { ...s.edit, id: p.id }, 'CONFLICT')
    expect(e.message).toContain('更正')
    await h.refused('clerk', m('submit'), { id: p.id }, 'CONFLICT')
    await h.refused('sup', m('return'), { id: p.id, comment: '退回' }, 'CONFLICT')
    await h.refused('sup2', m('publish'), { id: p.id }, 'CONFLICT')
    expect(h.store.get(s.prefix, p.id)).toMatchObject({
      status: 'published',
      [s.field]: p[s.field],
    })
  })

  it('unknown ids and bad input are refused without a change', async () => {
    const h = harness()
    await h.refused('clerk', m('save'), { ...s.input, id: 'nope' }, 'NOT_FOUND')
    await h.refused('clerk', m('submit'), { id: 'nope' }, 'NOT_FOUND')
    await h.refused('sup', m('publish'), { id: 'nope' }, 'NOT_FOUND')
    await h.refused('clerk', m('correct'), { ...s.input, id: 'nope', reason: '错' }, 'NOT_FOUND')
    await h.refused('clerk', m('save'), { ...s.input, extra: 1 }, 'BAD_INPUT')
    const e = await h.refused('clerk', m('save'), { ...s.input, [s.field]: '' }, 'BAD_INPUT')
    expect(e.fields?.[s.field]).toMatch(/不能为空/)
  })

  it('drafts lists every version and state for cadres, newest change first', async () => {
    const h = harness()
    const a = await published(h, s)
    h.tick()
    const b = await draft(h, s)
    for (const caller of ['clerk', 'sup', 'admin'] as const) {
      const list = (await h.okLoose(caller, m('drafts'), {})) as unknown as Rec[]
      expect(list.map((r) => r.id)).toEqual([b.id, a.id])
    }
  })
})
