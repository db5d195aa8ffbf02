import { describe, expect, it } from 'vitest'
import type { Project } from '../../../../../../contract'
import { currentPublished } from '../../../../../../electron/core/services/versions'
import { CLERK, SUP, harness, type Harness } from './harness'

const ROAD = {
  name: '三组道路硬化工程',
  stage: '施工',
  percent: 40,
  budgetFen: 80_000_000,
} as const

async function publishedProject(h: Harness): Promise<Project> {
  const d = await h.ok('clerk', 'projects.save', ROAD)
  await h.ok('clerk', 'projects.submit', { id: d.id })
  return h.ok('sup', 'projects.publish', { id: d.id })
}

async function signCorrection(h: Harness, id: string): Promise<Project> {
  await h.ok('clerk', 'projects.submit', { id })
  return h.ok('sup2', 'projects.publish', { id })
}

describe('corrections', () => {
  it('a correction is a new version beside the published one, which stays current until signed', async () => {
    const h = harness()
    const v1 = await publishedProject(h)
    h.tick()
    const v2 = await h.ok('clerk', 'projects.correct', {
      ...ROAD,
      budgetFen: 85_000_000,
      id: v1.id,
      reason: '预算录错了一位',
    })
    expect(v2).toMatchObject({
      status: 'draft',
      version: 2,
      supersedes: v1.id,
      correctionReason: '预算录错了一位',
      createdBy: CLERK,
      budgetFen: 85_000_000,
    })
    expect(v2.id).not.toBe(v1.id)
    expect(h.store.get('projects', v1.id)).toEqual(v1)
    expect(currentPublished(h.store.all('projects')).map((p) => p.id)).toEqual([v1.id])
  })

  it('once published, the old version gets supersededBy and both stay on record', async () => {
    const h = harness()
    const v1 = await publishedProject(h)
    const draft = await h.ok('clerk', 'projects.correct', {
      ...ROAD,
      percent: 50,
      id: v1.id,
      reason: '进度应为50%',
    })
    const v2 = await signCorrection(h, draft.id)
    expect(v2).toMatchObject({ status: 'published', publishedBy: { id: 'u-sup2' } })
    const old = h.store.get('projects', v1.id)
    expect(old).toMatchObject({ status: 'published', supersededBy: v2.id, percent: 40 })
    expect(h.store.all('projects')).toHaveLength(2)
    expect(currentPublished(h.store.all('projects')).map((p) => p.id)).toEqual([v2.id])
    // One journal entry wrote both versions, signed by the second supervisor.
    const last = (await h.store.history('projects', v1.id)).at(-1)
    expect(last?.action).toBe('projects.publish')
    expect(last?.data.puts.map((p) => p.id).sort()).toEqual([v1.id, v2.id].sort())
  })

  it('a correction needs a reason', async () => {
    const h = harness()
    const v1 = await publishedProject(h)
    const e = await h.refused(
      'clerk',
      'projects.correct',
      { ...ROAD, id: v1.id, reason: '' },
      'BAD_INPUT',
    )
    expect(e.fields?.reason).toBe('更正原因不能为空')
    await h.refused('clerk', 'projects.correct', { ...ROAD, id: v1.id }, 'BAD_INPUT')
  })

  it('drafts and submitted records are edited, not corrected', async () => {
    const h = harness()
    const d = await h.ok('clerk', 'projects.save', ROAD)
    await h.refused('clerk', 'projects.correct', { ...ROAD, id: d.id, reason: '错' }, 'CONFLICT')
    await h.ok('clerk', 'projects.submit', { id: d.id })
    await h.refused('clerk', 'projects.correct', { ...ROAD, id: d.id, reason: '错' }, 'CONFLICT')
  })

  it('one open correction at a time; a replaced version cannot be corrected again', async () => {
    const h = harness()
    const v1 = await publishedProject(h)
    const c = await h.ok('clerk', 'projects.correct', { ...ROAD, id: v1.id, reason: '改一' })
    const e = await h.refused(
      'clerk',
      'projects.correct',
      { ...ROAD, id: v1.id, reason: '改二' },
      'CONFLICT',
    )
    expect(e.message).toContain('正在办理')
    const v2 = await signCorrection(h, c.id)
    await h.refused('clerk', 'projects.correct', { ...ROAD, id: v1.id, reason: '改三' }, 'CONFLICT')
    const c3 = await h.ok('clerk', 'projects.correct', { ...ROAD, id: v2.id, reason: '再改' })
    expect(c3).toMatchObject({ version: 3, supersedes: v2.id })
    const v3 = await signCorrection(h, c3.id)
    expect(h.store.get('projects', v2.id)?.supersededBy).toBe(v3.id)
    expect(h.store.get('projects', v1.id)?.supersededBy).toBe(v2.id)
  })

  it('a correction draft is edited like any draft; its reason may be changed, never removed', async () => {
    const h = harness()
    const v1 = await publishedProject(h)
    const c = await h.ok('clerk', 'projects.correct', { ...ROAD, id: v1.id, reason: '改一' })
    const kept = await h.ok('clerk', 'projects.save', { ...ROAD, percent: 45, id: c.id })
    expect(kept).toMatchObject({
      percent: 45,
      supersedes: v1.id,
      correctionReason: '改一',
      version: 2,
    })
    const changed = await h.ok('clerk', 'projects.save', { ...ROAD, id: c.id, reason: '进度写错' })
    expect(changed.correctionReason).toBe('进度写错')
  })

  it('only a correction carries a reason', async () => {
    const h = harness()
    const e = await h.refused('clerk', 'projects.save', { ...ROAD, reason: '为什么' }, 'BAD_INPUT')
    expect(e.fields?.reason).toBeTruthy()
    const d = await h.ok('clerk', 'projects.save', ROAD)
    await h.refused('clerk', 'projects.save', { ...ROAD, id: d.id, reason: '为什么' }, 'BAD_INPUT')
  })

  it('a returned correction goes back to the clerk like any record', async () => {
    const h = harness()
    const v1 = await publishedProject(h)
    const c = await h.ok('clerk', 'projects.correct', { ...ROAD, id: v1.id, reason: '改' })
    await h.ok('clerk', 'projects.submit', { id: c.id })
    const r = await h.ok('sup', 'projects.return', { id: c.id, comment: '原因写清楚' })
    expect(r).toMatchObject({ status: 'returned', returnComment: '原因写清楚' })
    expect(h.store.get('projects', v1.id)?.supersededBy).toBeUndefined()
  })

  it('a correction whose original was replaced meanwhile is refused at submit and publish', async () => {
    const h = harness()
    const v1 = await publishedProject(h)
    const c = await h.ok('clerk', 'projects.correct', { ...ROAD, id: v1.id, reason: '改' })
    await h.ok('clerk', 'projects.submit', { id: c.id })
    // Simulate a second correction already signed (e.g. restored from an older backup).
    await h.store.commit({
      actor: SUP,
      action: 'test.put',
      entity: 'projects',
      id: v1.id,
      puts: [{ coll: 'projects', id: v1.id, value: { ...v1, supersededBy: 'other' } }],
    })
    const e = await h.refused('sup', 'projects.publish', { id: c.id }, 'CONFLICT')
    expect(e.message).toContain('重新更正')
    await h.ok('sup', 'projects.return', { id: c.id, comment: '请按最新版本重新更正' })
    await h.refused('clerk', 'projects.submit', { id: c.id }, 'CONFLICT')
  })
})
