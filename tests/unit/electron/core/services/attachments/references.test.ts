import { beforeEach, describe, expect, it } from 'vitest'
import { attachmentHandlers } from '../../../../../../electron/core/services/attachments'
import { questionHandlers } from '../../../../../../electron/core/services/questions'
import { recordsAdminHandlers } from '../../../../../../electron/core/services/records'
import { harness, type Harness } from '../ledger-admin/harness'
import { b64, pdf, png } from './samples'
import { tempDir } from '../../../../temp-dir'

const GHOST = `${'d'.repeat(64)}.png`
const MISSING = '附件不存在，请重新上传'
let h: Harness

beforeEach(async () => {
  const dir = tempDir('kiosk-attach-refs-')
  h = await harness('month', {
    ...attachmentHandlers({ dir }),
    ...recordsAdminHandlers,
    ...questionHandlers,
  })
})

const project = (photos: string[]) => ({
  name: '三组道路硬化工程',
  stage: '施工' as const,
  percent: 40,
  budgetFen: 80_000_000,
  milestones: [
    { id: 'm1', date: '2026-09-01', title: '开工', photos: [] },
    { id: 'm2', date: '2026-10-01', title: '路基完成', photos },
  ],
})

describe('records may only name stored files', () => {
  it('refuses a milestone photo that was never added, on that milestone, and keeps a stored one', async () => {
    const e = await h.refused('clerk', 'projects.save', project([GHOST]), 'BAD_INPUT', /附件不存在/)
    expect(e.fields).toEqual({ 'milestones.1.photos': MISSING })
    const photo = await h.call('clerk', 'attachments.add', { data: b64(png()) })
    const saved = await h.call('clerk', 'projects.save', project([photo.name]))
    expect(saved.milestones[1]?.photos).toEqual([photo.name])
  })

  it('refuses a signature sheet that was never added, on that step', async () => {
    const steps = (signatures: string[]) => [
      { index: 0, date: '2026-10-01', content: '支部提议', signatures },
    ]
    const e = await h.refused(
      'clerk',
      'matters.save',
      { title: '修建三组道路', steps: steps([GHOST]) },
      'BAD_INPUT',
    )
    expect(e.fields).toEqual({ 'steps.0.signatures': MISSING })
    const scan = await h.call('clerk', 'attachments.add', { data: b64(pdf()) })
    const saved = await h.call('clerk', 'matters.save', {
      title: '修建三组道路',
      steps: steps([scan.name]),
    })
    expect(saved.steps[0]?.signatures).toEqual([scan.name])
  })

  it('refuses an answer naming a file that was never added, and publishes one with a stored photo', async () => {
    await h.call('public', 'questions.submit', { type: '质询', text: '三组的路什么时候修？' })
    const [q] = await h.call('clerk', 'questions.inbox', {})
    const answer = { id: q!.id, text: '下月开工。', attachments: [GHOST] }
    const e = await h.refused('clerk', 'questions.answer', answer, 'BAD_INPUT')
    expect(e.fields).toEqual({ attachments: MISSING })
    const photo = await h.call('clerk', 'attachments.add', { data: b64(png()) })
    await h.call('clerk', 'questions.answer', { ...answer, attachments: [photo.name] })
    const board = await h.call('public', 'questions.public', {})
    expect(board.questions[0]?.answer?.attachments).toEqual([photo.name])
  })

  it('refuses a name that is not a stored file name at all, before core looks', async () => {
    await h.refused('clerk', 'projects.save', project(['../journal.jsonl']), 'BAD_INPUT')
  })
})
