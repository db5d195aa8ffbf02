/**
 * A draft that was never published may be deleted, so an abandoned one (a budget line typed
 * twice, a correction begun by mistake) does not block the cadre for good. Only what is still in
 * the keeper's hands goes: a draft, or one the 监委 returned, and only by the cadre who wrote it
 * or an admin. A record waiting for the 监委's signature is theirs to return first; a published
 * record is an archive and is never deleted.
 */
import { describe, expect, it } from 'vitest'
import { CLERK, CLERK2, harness, type Harness } from './harness'
import { SAMPLES } from './samples'
import { REGISTER_SAMPLES } from '../registers-admin/samples'

type Rec = Record<string, unknown> & { id: string; status: string }

const ALL = [
  ...SAMPLES.map((s) => ({ prefix: s.prefix as string, input: s.input })),
  ...REGISTER_SAMPLES.map((s) => ({ prefix: s.prefix as string, input: s.input })),
]

async function draft(h: Harness, prefix: string, input: unknown): Promise<Rec> {
  return (await h.okLoose('clerk', `${prefix}.save`, input)) as Rec
}
async function published(h: Harness, prefix: string, input: unknown): Promise<Rec> {
  const d = await draft(h, prefix, input)
  await h.okLoose('clerk', `${prefix}.submit`, { id: d.id })
  return (await h.okLoose('sup', `${prefix}.publish`, { id: d.id })) as Rec
}

describe.each(ALL)('$prefix.remove', ({ prefix, input }) => {
  const m = (verb: string) => `${prefix}.${verb}`

  it('deletes a draft, journaled with who deleted it; the journal keeps what it said', async () => {
    const h = harness()
    const d = await draft(h, prefix, input)
    h.tick()
    const out = await h.okLoose('clerk', m('remove'), { id: d.id })
    expect(out).toEqual({ id: d.id })
    expect(h.store.get(prefix as 'projects', d.id)).toBeUndefined()
    const list = (await h.okLoose('clerk', m('drafts'), {})) as unknown as Rec[]
    expect(list.map((r) => r.id)).not.toContain(d.id)
    const history = await h.store.history(prefix as 'projects', d.id)
    expect(history.map((e) => [e.action, e.actor?.id])).toEqual([
      [m('save'), CLERK.id],
      [m('remove'), CLERK.id],
    ])
    expect(history[0]!.data.puts[0]!.value).toMatchObject({ status: 'draft' })
    expect(history[1]!.data.puts).toEqual([
      expect.objectContaining({ coll: prefix, id: d.id, value: null }),
    ])
  })

  it('deletes a record the 监委 returned: it is back in the keeper hands and was never public', async () => {
    const h = harness()
    const d = await draft(h, prefix, input)
    await h.okLoose('clerk', m('submit'), { id: d.id })
    await h.okLoose('sup', m('return'), { id: d.id, comment: '重复录入，请删除' })
    await h.okLoose('admin', m('remove'), { id: d.id })
    expect(h.store.get(prefix as 'projects', d.id)).toBeUndefined()
  })

  it('refuses a record waiting for the 监委 signature: they return it first', async () => {
    const h = harness()
    const d = await draft(h, prefix, input)
    await h.okLoose('clerk', m('submit'), { id: d.id })
    const e = await h.refused('clerk', m('remove'), { id: d.id }, 'CONFLICT')
    expect(e.message).toContain('监委会')
    expect(h.store.get(prefix as 'projects', d.id)).toMatchObject({ status: 'submitted' })
  })

  it('refuses a published record, current or replaced: published records are never deleted', async () => {
    const h = harness()
    const p = await published(h, prefix, input)
    const e = await h.refused('clerk', m('remove'), { id: p.id }, 'CONFLICT')
    expect(e.message).toContain('已经公开')
    expect(e.message).toContain('更正')
    const fix = await h.okLoose('clerk', m('correct'), {
      ...(input as object),
      id: p.id,
      reason: '补充',
    })
    await h.okLoose('clerk', m('submit'), { id: fix.id })
    await h.okLoose('sup', m('publish'), { id: fix.id })
    await h.refused('clerk', m('remove'), { id: p.id }, 'CONFLICT')
    await h.refused('admin', m('remove'), { id: fix.id }, 'CONFLICT')
    expect(h.store.get(prefix as 'projects', p.id)).toMatchObject({
      status: 'published',
      supersededBy: fix.id,
    })
  })

  it('a correction draft deleted leaves the published version as it was, and a new one may be filed', async () => {
    const h = harness()
    const p = await published(h, prefix, input)
    const before = h.store.get(prefix as 'projects', p.id)
    const fix = await h.okLoose('clerk', m('correct'), {
      ...(input as object),
      id: p.id,
      reason: '补充',
    })
    await h.refused(
      'clerk',
      m('correct'),
      { ...(input as object), id: p.id, reason: '再改' },
      'CONFLICT',
    )
    await h.okLoose('clerk', m('remove'), { id: fix.id })
    expect(h.store.get(prefix as 'projects', p.id)).toEqual(before)
    await h.okLoose('clerk', m('correct'), { ...(input as object), id: p.id, reason: '再改' })
  })

  it('only its author or an admin deletes a draft: another clerk is refused and nothing moves', async () => {
    const h = harness()
    const d = await draft(h, prefix, input)
    const before = h.store.get(prefix as 'projects', d.id)
    const e = await h.refused('clerk2', m('remove'), { id: d.id }, 'FORBIDDEN')
    expect(e.message).toBe(
      `这条草稿是${CLERK.name}填写的，只有${CLERK.name}本人或管理员才能删除；如确实不需要，请告诉${CLERK.name}或管理员`,
    )
    expect(h.store.get(prefix as 'projects', d.id)).toEqual(before)
    // Returned to the keepers by the 监委, it is still the author's (or an admin's) to delete.
    await h.okLoose('clerk', m('submit'), { id: d.id })
    await h.okLoose('sup', m('return'), { id: d.id, comment: '重复录入' })
    await h.refused('clerk2', m('remove'), { id: d.id }, 'FORBIDDEN')
    await h.okLoose('clerk', m('remove'), { id: d.id })
    expect(h.store.get(prefix as 'projects', d.id)).toBeUndefined()
  })

  it('a correction draft belongs to who filed it: another clerk may not delete it, an admin may', async () => {
    const h = harness()
    const p = await published(h, prefix, input)
    const fix = (await h.okLoose('clerk2', m('correct'), {
      ...(input as object),
      id: p.id,
      reason: '补充',
    })) as Rec
    const e = await h.refused('clerk', m('remove'), { id: fix.id }, 'FORBIDDEN')
    expect(e.message).toContain(`只有${CLERK2.name}本人或管理员才能删除`)
    await h.okLoose('admin', m('remove'), { id: fix.id })
    expect(h.store.get(prefix as 'projects', fix.id)).toBeUndefined()
  })

  it('only keepers delete: a 监委 member cannot, a villager cannot, an unknown id is refused', async () => {
    const h = harness()
    const d = await draft(h, prefix, input)
    await h.refused('sup', m('remove'), { id: d.id }, 'FORBIDDEN')
    await h.refused('kiosk', m('remove'), { id: d.id }, 'UNAUTHENTICATED')
    await h.refused('clerk', m('remove'), { id: 'no-such-id' }, 'NOT_FOUND')
    await h.refused('clerk', m('remove'), { id: d.id, extra: 1 }, 'BAD_INPUT')
    expect(h.store.get(prefix as 'projects', d.id)).toMatchObject({ status: 'draft' })
  })
})

it('an abandoned budget draft no longer blocks the line: deleted, the same line can be entered', async () => {
  const h = harness()
  const line = { year: 2026, direction: 'expense', category: 'expense', plannedFen: 1_000_000 }
  const stale = await draft(h, 'budget', line)
  const err = await h.refused('clerk2', 'budget.save', line, 'BAD_INPUT')
  expect(err.fields?.category).toBe('这一年已经有同一科目的计划，请修改那一条，不要重复录入')
  // Another clerk's draft: its author (or an admin) deletes it.
  await h.refused('clerk2', 'budget.remove', { id: stale.id }, 'FORBIDDEN')
  await h.okLoose('clerk', 'budget.remove', { id: stale.id })
  const fresh = await draft(h, 'budget', { ...line, plannedFen: 1_200_000 })
  expect(fresh).toMatchObject({ status: 'draft', plannedFen: 1_200_000 })
})
