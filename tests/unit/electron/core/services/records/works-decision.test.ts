/**
 * 四议两公开 before works: a project may not go public at 施工 or later unless the matter it
 * links to had its 党员大会 and 村民代表会议 both held and both passed. A later correction of
 * the matter that shows the vote did not pass is let through (the archive must say what really
 * happened) but flagged on the matter, the project and the home screen.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import type { Input, MatterStep } from '../../../../../../contract'
import { harness, type Harness } from './harness'
import { DECIDED_STEPS } from './samples'

type Step = Partial<MatterStep> & Pick<MatterStep, 'index' | 'date'>
const PASSED: Step[] = DECIDED_STEPS
const [S1, S2, S3, S4] = DECIDED_STEPS as [Step, Step, Step, Step]
const S4_NO: Step = { ...S4, votesFor: 17, votesAgainst: 16, abstain: 2 }
const TITLE = '修建三组道路'
const ROAD: Input<'projects.save'> = {
  name: '三组道路硬化工程',
  stage: '施工',
  percent: 40,
  budgetFen: 80_000_000,
}
const NO_VOTE =
  '项目已到“施工”阶段，但关联的四议两公开事项“修建三组道路”还没有“村民代表会议决议”。' +
  '请先依法表决通过，或关联已经表决通过的事项'
const VOTE_FAILED = '决议未获到会人员过半数同意（到会35人，同意17人）'

let h: Harness
beforeEach(() => {
  h = harness()
})

async function signed<K extends 'projects' | 'matters'>(kind: K, id: string) {
  await h.okLoose('clerk', `${kind}.submit`, { id })
  return h.okLoose('sup', `${kind}.publish`, { id }) as Promise<{ id: string }>
}

async function matter(steps: Step[]): Promise<string> {
  return (
    await signed('matters', (await h.ok('clerk', 'matters.save', { title: TITLE, steps })).id)
  ).id
}

async function correctMatter(id: string, steps: Step[], reason: string): Promise<string> {
  const draft = await h.ok('clerk', 'matters.correct', { id, title: TITLE, steps, reason })
  return (await signed('matters', draft.id)).id
}

describe('a project at 施工 or later needs a matter whose vote passed', () => {
  it('is refused at submission when the matter never reached its 村民代表会议', async () => {
    const m = await matter([S1, S2, S3])
    const p = await h.ok('clerk', 'projects.save', { ...ROAD, matterId: m })
    const err = await h.refused('clerk', 'projects.submit', { id: p.id }, 'BAD_INPUT')
    expect(err.fields?.matterId).toBe(NO_VOTE)
    expect(err.message).toContain(NO_VOTE)
    expect(h.store.get('projects', p.id)?.status).toBe('draft')
  })

  it('is refused when the 村民代表会议 vote did not pass, or the 党员大会 was skipped', async () => {
    for (const steps of [
      [S1, S2, S3, S4_NO],
      [S1, S2, S4],
    ]) {
      const m = await matter(steps)
      const p = await h.ok('clerk', 'projects.save', { ...ROAD, stage: '验收', matterId: m })
      const err = await h.refused('clerk', 'projects.submit', { id: p.id }, 'BAD_INPUT')
      expect(err.fields?.matterId).toMatch(/^项目已到“验收”阶段，但关联的四议两公开事项/)
    }
    const failed = await matter([S1, S2, S3, S4_NO])
    const p = await h.ok('clerk', 'projects.save', { ...ROAD, matterId: failed })
    const err = await h.refused('clerk', 'projects.submit', { id: p.id }, 'BAD_INPUT')
    expect(err.fields?.matterId).toContain(`“村民代表会议决议”没有依法通过：${VOTE_FAILED}`)
  })

  it('is refused at signing when the matter was corrected to a failed vote while it waited', async () => {
    const m = await matter(PASSED)
    const p = await h.ok('clerk', 'projects.save', { ...ROAD, matterId: m })
    await h.ok('clerk', 'projects.submit', { id: p.id })
    await correctMatter(m, [S1, S2, S3, S4_NO], '同意票数录错，按签字表更正')
    const err = await h.refused('sup', 'projects.publish', { id: p.id }, 'BAD_INPUT')
    expect(err.fields?.matterId).toContain(VOTE_FAILED)
    expect(h.store.get('projects', p.id)?.status).toBe('submitted')
    expect((await h.ok('kiosk', 'projects.list', {})).items).toEqual([])
  })

  it('is allowed before 施工 while the matter is under way, and at 施工 once the vote passed', async () => {
    const early = await matter([S1])
    for (const stage of ['立项', '招标'] as const)
      await signed(
        'projects',
        (await h.ok('clerk', 'projects.save', { ...ROAD, stage, matterId: early })).id,
      )
    const m = await matter(PASSED)
    const p = await signed(
      'projects',
      (await h.ok('clerk', 'projects.save', { ...ROAD, matterId: m })).id,
    )
    expect((await h.ok('kiosk', 'projects.get', { id: p.id })).matter).toMatchObject({ id: m })
  })

  it('a correction that moves a project to 施工 before the vote is refused until it links a passed one', async () => {
    const m = await matter([S1, S2])
    const p = await signed(
      'projects',
      (await h.ok('clerk', 'projects.save', { ...ROAD, stage: '招标', matterId: m })).id,
    )
    const c = await h.ok('clerk', 'projects.correct', {
      ...ROAD,
      matterId: m,
      id: p.id,
      reason: '已开工',
    })
    await h.refused('clerk', 'projects.submit', { id: c.id }, 'BAD_INPUT')
    // The same correction with the lawful matter goes through.
    const lawful = await matter(PASSED)
    await h.ok('clerk', 'projects.save', { ...ROAD, matterId: lawful, id: c.id, reason: '已开工' })
    await signed('projects', c.id)
    expect((await h.ok('kiosk', 'projects.get', { id: c.id })).stage).toBe('施工')
  })
})

describe('a matter corrected to a failed vote under a project already building', () => {
  it('is published, and flagged on the matter, the project and the home screen', async () => {
    const m = await matter(PASSED)
    const p = await signed(
      'projects',
      (await h.ok('clerk', 'projects.save', { ...ROAD, matterId: m })).id,
    )
    const c = await correctMatter(m, [S1, S2, S3, S4_NO], '同意票数录错，按签字表更正')
    const view = await h.ok('kiosk', 'matters.get', { id: c })
    expect(view.ruleChecks).toContain(
      `项目“三组道路硬化工程”已到“施工”阶段，但本事项“村民代表会议决议”没有依法通过：${VOTE_FAILED}`,
    )
    const failed = { index: 3, name: '村民代表会议决议' }
    expect(view.voteFailed).toEqual(failed)
    expect((await h.ok('kiosk', 'projects.get', { id: p.id })).matter?.voteFailed).toEqual(failed)
    const home = await h.ok('kiosk', 'home.summary', {})
    expect(home.decisions.find((d) => d.id === c)?.voteFailed).toEqual(failed)
    // …and the project can no longer be corrected at 施工 on that matter.
    const fix = await h.ok('clerk', 'projects.correct', {
      ...ROAD,
      percent: 50,
      matterId: m,
      id: p.id,
      reason: '进度',
    })
    await h.refused('clerk', 'projects.submit', { id: fix.id }, 'BAD_INPUT')
  })

  it('signed at the same moment as the project: the matter stands, the project is refused', async () => {
    const m = await matter(PASSED)
    const p = await h.ok('clerk', 'projects.save', { ...ROAD, matterId: m })
    await h.ok('clerk', 'projects.submit', { id: p.id })
    const fix = await h.ok('clerk', 'matters.correct', {
      id: m,
      title: TITLE,
      steps: [S1, S2, S3, S4_NO],
      reason: '同意票数录错，按签字表更正',
    })
    await h.ok('clerk', 'matters.submit', { id: fix.id })
    // Two 监委 members on two screens: the matter's signature is written first.
    const [matterSigned, projectSigned] = await Promise.allSettled([
      h.okLoose('sup', 'matters.publish', { id: fix.id }),
      h.okLoose('sup2', 'projects.publish', { id: p.id }),
    ])
    expect(matterSigned.status).toBe('fulfilled')
    expect(projectSigned.status).toBe('rejected')
    if (projectSigned.status === 'rejected')
      expect(String(projectSigned.reason)).toContain(`BAD_INPUT 输入有误：项目已到“施工”阶段`)
    expect(h.store.get('projects', p.id)?.status).toBe('submitted')
    expect((await h.ok('kiosk', 'projects.list', {})).items).toEqual([])
    expect((await h.ok('kiosk', 'matters.get', { id: fix.id })).ruleChecks).toEqual([VOTE_FAILED])
  })

  it('a correction that removes the 村民代表会议 is flagged in the same way', async () => {
    const m = await matter(PASSED)
    await signed('projects', (await h.ok('clerk', 'projects.save', { ...ROAD, matterId: m })).id)
    const c = await correctMatter(m, [S1, S2, S3], '村民代表会议记在了别的事项上')
    const view = await h.ok('kiosk', 'matters.get', { id: c })
    expect(view.ruleChecks).toEqual([
      '项目“三组道路硬化工程”已到“施工”阶段，但本事项还没有“村民代表会议决议”',
    ])
    expect(view.voteFailed).toBeUndefined()
  })

  it('a project not yet building is not flagged; a passed matter carries no voteFailed', async () => {
    const m = await matter(PASSED)
    await signed(
      'projects',
      (await h.ok('clerk', 'projects.save', { ...ROAD, stage: '招标', matterId: m })).id,
    )
    expect((await h.ok('kiosk', 'matters.get', { id: m })).voteFailed).toBeUndefined()
    const c = await correctMatter(m, [S1, S2, S3, S4_NO], '同意票数录错')
    expect((await h.ok('kiosk', 'matters.get', { id: c })).ruleChecks).toEqual([VOTE_FAILED])
  })
})
