/**
 * A project, meeting or 专项公开 may point only at a project or 四议两公开 matter that is signed
 * and public: a draft could still be rewritten into another one, and the signed record would
 * then read as belonging to something nobody signed it against.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import type { Input, Meeting } from '../../../../../../contract'
import { harness, SUP, type Harness } from './harness'
import { DECIDED_STEPS } from './samples'

const MATTER: Input<'matters.save'> = {
  title: '修建三组道路',
  steps: [{ index: 0, date: '2026-10-01', content: '支部提议' }],
}
const ROAD: Input<'projects.save'> = { name: '道路硬化', stage: '施工', percent: 40, budgetFen: 1 }
const MEETING: Input<'meetings.save'> = {
  kind: '党员大会',
  date: '2026-11-01',
  topic: '审议修路',
  due: 40,
  present: 30,
}
const SPECIAL: Input<'specials.save'> = {
  kind: '一事一议',
  title: '三组道路筹资',
  date: '2026-11-01',
}
const MATTER_FIRST = '请先公开这个四议两公开事项，再关联到它'
const PROJECT_FIRST = '请先公开这个项目，再关联到它'

let h: Harness
beforeEach(() => {
  h = harness()
})

/** Puts a record straight into the store, as an older version of the app let it be saved. */
async function plant(coll: 'meetings', value: Meeting) {
  await h.store.commit({
    actor: SUP,
    action: 'test.put',
    entity: coll,
    id: value.id,
    puts: [{ coll, id: value.id, value }],
  })
}

describe('a link to a draft is refused on its field', () => {
  it('projects, meetings and 专项公开 may not name a draft matter or a draft project', async () => {
    const matter = await h.ok('clerk', 'matters.save', MATTER)
    const project = await h.ok('clerk', 'projects.save', ROAD)
    const linkM = { matterId: matter.id }
    for (const [method, input] of [
      ['projects.save', { ...ROAD, ...linkM }],
      ['meetings.save', { ...MEETING, ...linkM }],
      ['specials.save', { ...SPECIAL, ...linkM, projectId: project.id }],
    ] as const) {
      const err = await h.refused('clerk', method, input, 'BAD_INPUT')
      expect(err.fields?.matterId).toBe(MATTER_FIRST)
      if (method === 'specials.save') expect(err.fields?.projectId).toBe(PROJECT_FIRST)
    }
  })

  it('the same links are accepted once the matter and project are signed', async () => {
    // A project at 施工 needs a matter whose votes passed (works-decision.test.ts).
    const draft = await h.ok('clerk', 'matters.save', { ...MATTER, steps: DECIDED_STEPS })
    await h.ok('clerk', 'matters.submit', { id: draft.id })
    const matter = await h.ok('sup', 'matters.publish', { id: draft.id })
    const p = await h.ok('clerk', 'projects.save', { ...ROAD, matterId: matter.id })
    await h.ok('clerk', 'projects.submit', { id: p.id })
    await h.ok('sup', 'projects.publish', { id: p.id })
    await h.ok('clerk', 'meetings.save', { ...MEETING, matterId: matter.id })
    const s = await h.ok('clerk', 'specials.save', {
      ...SPECIAL,
      matterId: matter.id,
      projectId: p.id,
    })
    expect(s).toMatchObject({ matterId: matter.id, projectId: p.id })
  })
})

describe('a link to a draft saved by an older version', () => {
  it('stops the record at submission and again at signing', async () => {
    const matter = await h.ok('clerk', 'matters.save', MATTER)
    const meeting = await h.ok('clerk', 'meetings.save', MEETING)
    await plant('meetings', { ...meeting, matterId: matter.id })
    const atSubmit = await h.refused('clerk', 'meetings.submit', { id: meeting.id }, 'BAD_INPUT')
    expect(atSubmit.fields?.matterId).toBe(MATTER_FIRST)

    // Submitted unlinked, then linked by the older version while it waited: still not signed.
    await plant('meetings', meeting)
    const submitted = await h.ok('clerk', 'meetings.submit', { id: meeting.id })
    await plant('meetings', { ...submitted, matterId: matter.id })
    const atSign = await h.refused('sup', 'meetings.publish', { id: meeting.id }, 'BAD_INPUT')
    expect(atSign.fields?.matterId).toBe(MATTER_FIRST)
    expect((await h.ok('kiosk', 'meetings.list', {})).items).toEqual([])
  })
})
