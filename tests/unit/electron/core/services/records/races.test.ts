/**
 * Two screens at once on one record (notice, project, 公示…): each workflow step is checked again
 * in its commit's turn, so one record is never signed twice, returned and signed together, or
 * given two open corrections.
 */
import { describe, expect, it } from 'vitest'
import { harness, type Harness } from './harness'
import { SAMPLES, type Sample } from './samples'

type Rec = Record<string, unknown> & { id: string; status: string }

async function submitted(h: Harness, s: Sample): Promise<Rec> {
  const d = (await h.okLoose('clerk', `${s.prefix}.save`, s.input)) as Rec
  return (await h.okLoose('clerk', `${s.prefix}.submit`, { id: d.id })) as Rec
}

/** Which of the calls went through, and the refusals' messages. */
async function atOnce(...calls: Array<Promise<unknown>>) {
  const settled = await Promise.allSettled(calls)
  return {
    ok: settled.map((r) => r.status === 'fulfilled'),
    why: settled.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : [])),
  }
}

describe.each(SAMPLES)('$prefix: two screens at once', (s) => {
  const m = (verb: string) => `${s.prefix}.${verb}`

  it('two 监委 members signing: one signature; the other is told to refresh', async () => {
    const h = harness()
    const r = await submitted(h, s)
    const before = h.store.head().seq
    const both = await atOnce(
      h.okLoose('sup', m('publish'), { id: r.id }),
      h.okLoose('sup2', m('publish'), { id: r.id }),
    )
    expect(both.ok).toEqual([true, false])
    expect(both.why[0]).toContain('刚刚被别人改动过，请刷新后再看一遍')
    expect(h.store.head().seq).toBe(before + 1)
  })

  it('a return and a signature: the first stands', async () => {
    const h = harness()
    const r = await submitted(h, s)
    const both = await atOnce(
      h.okLoose('sup', m('return'), { id: r.id, comment: '请补充说明' }),
      h.okLoose('sup2', m('publish'), { id: r.id }),
    )
    expect(both.ok).toEqual([true, false])
    expect((h.store.get(s.prefix as 'notices', r.id) as Rec).status).toBe('returned')
  })

  it('two corrections of one published record: one draft, not two', async () => {
    const h = harness()
    const r = await submitted(h, s)
    await h.okLoose('sup', m('publish'), { id: r.id })
    const fix = { ...s.edit, id: r.id, reason: '金额写错了' }
    const both = await atOnce(
      h.okLoose('clerk', m('correct'), fix),
      h.okLoose('clerk2', m('correct'), fix),
    )
    expect(both.ok).toEqual([true, false])
    const open = (h.store.all(s.prefix as 'notices') as Rec[]).filter((x) => x.supersedes === r.id)
    expect(open).toHaveLength(1)
  })
})
