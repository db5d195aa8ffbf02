/** 项目进度: a project and its dated milestones, checked for sense before anything is stored. */
import type { Project } from '../../../../contract'
import type { Ctx } from '../../api/handlers'
import { assertAttachmentsExist } from '../attachments'
import { FieldErrors } from './field-errors'
import { addLinkErrors, type Link } from './links'
import type { TextField } from './personal-numbers'
import { workflowHandlers, type Content, type WorkflowSpec } from './workflow'
import { addDroppedMatter, decidedBeforeWorks } from './works-decision'

const projectLinks = (c: Pick<Project, 'matterId'>): Link[] => [
  { path: 'matterId', coll: 'matters', id: c.matterId },
]

function checkProject(c: Content<'projects'>, ctx: Ctx, original?: Project): Content<'projects'> {
  const errors = new FieldErrors()
  // Said beside the field as the correction is saved; the earlier versions cannot change.
  if (original) addDroppedMatter(errors, c, original, ctx)
  if (c.startDate && c.endDate && c.endDate < c.startDate)
    errors.add('endDate', '完工日期不能早于开工日期')
  addLinkErrors(errors, ctx.store, projectLinks(c))
  const seen = new Set<string>()
  c.milestones.forEach((m, i) => {
    if (seen.has(m.id)) errors.add(`milestones.${i}.id`, '节点编号重复，请删去重复的一行')
    seen.add(m.id)
  })
  errors.throwIfAny()
  assertAttachmentsExist(
    ctx.store,
    c.milestones.map((m, i) => ({ path: `milestones.${i}.photos`, names: m.photos })),
  )
  // Milestones read as a timeline on the public page: oldest first, same-day ones as typed.
  const milestones = c.milestones
    .map((m, i) => ({ m, i }))
    .sort((a, b) => a.m.date.localeCompare(b.m.date) || a.i - b.i)
    .map(({ m }) => m)
  return { ...c, milestones }
}

function projectTexts(c: Content<'projects'>): TextField[] {
  return [
    { path: 'name', label: '项目名称', value: c.name },
    { path: 'fundSource', label: '资金来源', value: c.fundSource },
    { path: 'contractor', label: '施工单位', value: c.contractor },
    { path: 'procurement', label: '采购方式', value: c.procurement },
    { path: 'location', label: '地点', value: c.location },
    { path: 'summary', label: '概况', value: c.summary },
    ...c.milestones.flatMap((m, i) => [
      { path: `milestones.${i}.title`, label: `第${i + 1}个节点`, value: m.title },
      { path: `milestones.${i}.note`, label: `第${i + 1}个节点的说明`, value: m.note },
    ]),
  ]
}

export const projectSpec: WorkflowSpec<'projects'> = {
  coll: 'projects',
  noun: '项目',
  title: (p: Project) => p.name,
  texts: projectTexts,
  prepare: checkProject,
  links: projectLinks,
  goingPublic: (p, _today, _step, original, ctx) => decidedBeforeWorks(p, original, ctx),
}

/** projects.save / submit / return / publish / correct / drafts. */
export const projectHandlers = workflowHandlers(projectSpec)
