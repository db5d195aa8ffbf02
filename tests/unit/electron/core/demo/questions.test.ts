import { describe, expect, it } from 'vitest'
import { demoChanges, generateDemoVillage } from '../../../../../electron/core/demo/generate'
import { demoQuestionsChange } from '../../../../../electron/core/demo/questions'
import { resolveAbout } from '../../../../../electron/core/services/questions/about'
import { questionBoard } from '../../../../../electron/core/services/questions/views'
import { createMemoryStore } from '../../../../../electron/core/store/memory-store'

const NOW = new Date('2026-11-25T01:30:00.000Z')

async function demoStore() {
  const store = createMemoryStore(() => NOW)
  const v = generateDemoVillage({ seed: 20260315, years: 1, today: '2026-11-25' })
  for (const c of [...demoChanges(v), demoQuestionsChange(20260315, v, NOW)]) await store.commit(c)
  return store
}

describe('demo questions', () => {
  it('show every state on the public board: answered, waiting, overdue, withheld, rated', async () => {
    const board = questionBoard(await demoStore(), NOW)
    expect(board.counts).toEqual({
      waiting: 2,
      overdue: 1,
      answered: 3,
      withheld: { 含个人隐私: 0, 重复: 1, 与村务无关: 0 },
      feedback: { 满意: 1, 不满意: 1 },
    })
    expect(board.questions[0]).toMatchObject({ status: '已逾期', daysOverdue: 3 })
    expect(board.questions.some((q) => q.answeredLate)).toBe(true)
    const masked = board.questions.find((q) => q.masked)
    expect(masked?.text).toContain('138****5678')
    expect(JSON.stringify(board)).not.toContain('13812345678')
  })

  it('the question withheld as 重复 names the public question it repeats', async () => {
    const store = await demoStore()
    const dup = store.all('questions').find((q) => q.withheld?.reason === '重复')!
    const board = questionBoard(store, NOW)
    const repeated = board.questions.find((q) => q.id === dup.withheld?.duplicateOf)
    expect(repeated?.about).toEqual(dup.about)
    expect(repeated?.text).toContain('这条路什么时候能修好？')
  })

  it('ask only about published items, and are the same for the same seed', async () => {
    const store = await demoStore()
    const about = store.all('questions').flatMap((q) => (q.about ? [q.about] : []))
    expect(about.map((a) => a.section).sort()).toEqual([
      'finance',
      'notices',
      'projects',
      'projects',
    ])
    for (const a of about) expect(resolveAbout(store, a, '2026-11-25')).toEqual(a)
    const again = await demoStore()
    expect(again.all('questions').map((q) => q.receipt)).toEqual(
      store.all('questions').map((q) => q.receipt),
    )
  })
})
