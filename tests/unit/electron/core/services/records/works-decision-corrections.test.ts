/**
 * 四议两公开 before works, through a correction: a project once linked to a matter cannot be
 * corrected at 施工 or later with the link taken out, nor with it moved to a matter whose vote did
 * not pass. Refused on submission and again at signing, beside the matterId field, as a new
 * project would be; a project that never had a matter is not held to one by its correction.
 */
import { describe, expect, it } from 'vitest'
import type { Input, MatterStep, Project } from '../../../../../../contract'
import { CLERK, harness, type Harness } from './harness'
import { DECIDED_STEPS } from './samples'

type Step = Partial<MatterStep> & Pick<MatterStep, 'index' | 'date'>
const [S1, S2, S3, S4] = DECIDED_STEPS as [Step, Step, Step, Step]
const S4_NO: Step = { ...S4, votesFor: 17, votesAgainst: 16, abstain: 2 }
const ROAD: Input<'projects.save'> = {
  name: '三组道路硬化工程',
  stage: '施工',
  percent: 40,
  budgetFen: 80_000_000,
}
const DROPPED =
  '项目已到“施工”阶段，更正时不能去掉关联的四议两公开事项“修建三组道路”。' +
  '请仍旧关联这个事项，或改为关联已经表决通过的事项'

async function signed<K extends 'projects' | 'matters'>(h: Harness, kind: K, id: string) {
  await h.okLoose('clerk', `${kind}.submit`, { id })
  return (await h.okLoose('sup', `${kind}.publish`, { id })) as { id: string }
}

async function matter(h: Harness, title: string, steps: Step[]): Promise<string> {
  const draft = await h.ok('clerk', 'matters.save', { title, steps })
  return (await signed(h, 'matters', draft.id)).id
}

/** A project published at 施工 on a matter whose vote passed. */
async function building(h: Harness, extra: Partial<Input<'projects.save'>> = {}) {
  const m = await matter(h, '修建三组道路', DECIDED_STEPS)
  const draft = await h.ok('clerk', 'projects.save', { ...ROAD, matterId: m, ...extra })
  return { m, p: (await signed(h, 'projects', draft.id)).id }
}

/**
 * A correction that dropped the link, as an older kiosk let one be saved (and submitted): written
 * straight to the store, `status` as given.
 */
async function dropped(
  h: Harness,
  { m, p }: { m: string; p: string },
  status: 'draft' | 'submitted',
): Promise<string> {
  const c = await h.ok('clerk', 'projects.correct', {
    ...ROAD,
    matterId: m,
    id: p,
    reason: '进度',
  })
  const { matterId: _m, ...rest } = h.store.get('projects', c.id)!
  const value = { ...rest, status, ...(status === 'submitted' ? { submittedBy: CLERK } : {}) }
  await h.store.commit({
    actor: CLERK,
    action: `projects.${status === 'draft' ? 'save' : 'submit'}`,
    entity: 'projects',
    id: c.id,
    puts: [{ coll: 'projects', id: c.id, value: value as Project }],
  })
  return c.id
}

describe('a correction of a project at 施工 or later', () => {
  it('that drops the matter link is refused as it is filed or saved, beside the matter field', async () => {
    const h = harness()
    const { m, p } = await building(h)
    const err = await h.refused(
      'clerk',
      'projects.correct',
      { ...ROAD, id: p, reason: '进度' },
      'BAD_INPUT',
    )
    expect(err.fields?.matterId).toBe(DROPPED)
    expect(err.message).toContain(DROPPED)
    const c = await h.ok('clerk', 'projects.correct', {
      ...ROAD,
      matterId: m,
      id: p,
      reason: '进度',
    })
    const again = await h.refused(
      'clerk',
      'projects.save',
      { ...ROAD, id: c.id, reason: '进度' },
      'BAD_INPUT',
    )
    expect(again.fields?.matterId).toBe(DROPPED)
    expect(h.store.get('projects', c.id)?.matterId).toBe(m)
  })

  it('that drops it is refused at submission (a draft saved before this rule)', async () => {
    const h = harness()
    const b = await building(h)
    const c = await dropped(h, b, 'draft')
    const err = await h.refused('clerk', 'projects.submit', { id: c }, 'BAD_INPUT')
    expect(err.fields?.matterId).toBe(DROPPED)
    expect(h.store.get('projects', c)?.status).toBe('draft')
    expect((await h.ok('kiosk', 'projects.get', { id: b.p })).matter).toBeDefined()
  })

  it('that drops it is refused at signing (submitted before this rule)', async () => {
    const h = harness()
    const b = await building(h)
    const c = await dropped(h, b, 'submitted')
    const err = await h.refused('sup', 'projects.publish', { id: c }, 'BAD_INPUT')
    expect(err.fields?.matterId).toBe(DROPPED)
    expect(h.store.get('projects', c)?.status).toBe('submitted')
    expect(h.store.get('projects', b.p)?.supersededBy).toBeUndefined()
  })

  it('that drops it at 验收, after an earlier correction at 招标 took it out, is refused too', async () => {
    const h = harness()
    const { p } = await building(h, { stage: '招标' })
    const tender = await h.ok('clerk', 'projects.correct', {
      ...ROAD,
      stage: '招标',
      id: p,
      reason: '关联错了',
    })
    const v2 = (await signed(h, 'projects', tender.id)).id
    const err = await h.refused(
      'clerk',
      'projects.correct',
      { ...ROAD, stage: '验收', id: v2, reason: '已完工' },
      'BAD_INPUT',
    )
    expect(err.fields?.matterId).toBe(DROPPED.replace('施工', '验收'))
  })

  it('that moves the link to a matter whose vote failed is refused; to one that passed, goes through', async () => {
    const h = harness()
    const { p } = await building(h)
    const failed = await matter(h, '修建四组道路', [S1, S2, S3, S4_NO])
    const c = await h.ok('clerk', 'projects.correct', {
      ...ROAD,
      matterId: failed,
      id: p,
      reason: '关联错了',
    })
    const err = await h.refused('clerk', 'projects.submit', { id: c.id }, 'BAD_INPUT')
    expect(err.fields?.matterId).toContain('“修建四组道路”“村民代表会议决议”没有依法通过')
    const passed = await matter(h, '三组道路建设', DECIDED_STEPS)
    await h.ok('clerk', 'projects.save', {
      ...ROAD,
      matterId: passed,
      id: c.id,
      reason: '关联错了',
    })
    await signed(h, 'projects', c.id)
    expect((await h.ok('kiosk', 'projects.get', { id: c.id })).matter).toMatchObject({
      id: passed,
    })
  })

  it('that drops it while going back to 招标 goes through; one never linked is not held to a matter', async () => {
    const h = harness()
    const { p } = await building(h)
    const back = await h.ok('clerk', 'projects.correct', {
      ...ROAD,
      stage: '招标',
      id: p,
      reason: '还没开工',
    })
    await signed(h, 'projects', back.id)
    const old = await signed(h, 'projects', (await h.ok('clerk', 'projects.save', ROAD)).id)
    const c = await h.ok('clerk', 'projects.correct', {
      ...ROAD,
      percent: 60,
      id: old.id,
      reason: '进度',
    })
    await signed(h, 'projects', c.id)
    expect((await h.ok('kiosk', 'projects.get', { id: c.id })).percent).toBe(60)
  })
})
