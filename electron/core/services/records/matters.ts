/** 四议两公开: a matter and its six steps, edited together, each step's numbers checked. */
import { STEP_NAMES } from '../../../../contract'
import type { Matter } from '../../../../contract'
import type { Ctx } from '../../api/handlers'
import { assertAttachmentsExist } from '../attachments'
import { FieldErrors } from './field-errors'
import type { TextField } from './personal-numbers'
import { workflowHandlers, type Content, type WorkflowSpec } from './workflow'

function checkMatter(c: Content<'matters'>, ctx: Ctx): Content<'matters'> {
  const errors = new FieldErrors()
  const seen = new Set<number>()
  c.steps.forEach((s, i) => {
    const at = `steps.${i}`
    if (seen.has(s.index)) errors.add(`${at}.index`, `“${STEP_NAMES[s.index]}”填了两次`)
    seen.add(s.index)
    if (s.due > 0 && s.present > s.due) errors.add(`${at}.present`, '到会人数不能多于应到人数')
    if (s.votesFor + s.votesAgainst + s.abstain > s.present)
      errors.add(`${at}.votesFor`, '同意、反对、弃权合计不能多于到会人数')
  })
  const steps = [...c.steps].sort((a, b) => a.index - b.index)
  steps.forEach((s, k) => {
    const before = steps[k - 1]
    if (before && s.date < before.date) {
      const i = c.steps.indexOf(s)
      errors.add(`steps.${i}.date`, `“${STEP_NAMES[s.index]}”的日期不能早于上一步`)
    }
  })
  errors.throwIfAny()
  assertAttachmentsExist(
    ctx.store,
    c.steps.map((s, i) => ({ path: `steps.${i}.signatures`, names: s.signatures })),
  )
  return { ...c, steps }
}

function matterTexts(c: Content<'matters'>): TextField[] {
  return [
    { path: 'title', label: '事项名称', value: c.title },
    { path: 'summary', label: '事项内容', value: c.summary },
    ...c.steps.map((s, i) => ({
      path: `steps.${i}.content`,
      label: `“${STEP_NAMES[s.index]}”的内容`,
      value: s.content,
    })),
  ]
}

/** A step is a meeting held or a list put up: one dated after today has not happened yet. */
function stepsHappened(m: Matter, today: string): void {
  const errors = new FieldErrors()
  m.steps.forEach((s, i) => {
    if (s.date <= today) return
    // Steps ①–④ are meetings; ⑤ 决议公开 and ⑥ 实施结果公开 are lists put up.
    const what =
      s.index < 4 ? '不能公开还没开的会。请到会开过以后再提交' : '还没有公开。请到公开以后再提交'
    errors.add(`steps.${i}.date`, `“${STEP_NAMES[s.index]}”的日期 ${s.date} 还没到，${what}`)
  })
  errors.throwIfAny()
}

export const matterSpec: WorkflowSpec<'matters'> = {
  coll: 'matters',
  noun: '事项',
  title: (m: Matter) => m.title,
  texts: matterTexts,
  prepare: checkMatter,
  goingPublic: stepsHappened,
}

/** matters.save / submit / return / publish / correct / drafts. */
export const matterHandlers = workflowHandlers(matterSpec)
