/**
 * The finance registers as record types of the shared workflow: what each is called, its
 * public texts (checked for personal numbers) and the rules beyond its schema.
 */
import { isItemOf } from '../../../../contract'
import type { BudgetLine, Distribution, Special } from '../../../../contract'
import type { Ctx } from '../../api/handlers'
import { maskName } from '../mask'
import { FieldErrors } from '../records/field-errors'
import { addLinkErrors, type Link } from '../records/links'
import type { Content, WorkflowSpec } from '../records/workflow'
import { addOverlapErrors } from './budget-overlap'
import { addKeptErrors, assertKept } from './kept'
import { addTotalErrors } from './totals'

function checkBudget(
  c: Content<'budget'>,
  ctx: Ctx,
  original?: BudgetLine,
  self?: string,
): Content<'budget'> {
  const errors = new FieldErrors()
  addKeptErrors(errors, 'budget', c, original)
  if (c.item && !isItemOf(c.category, c.item)) errors.add('item', '明细科目不属于所选类别')
  addOverlapErrors(errors, ctx.store, c, self, original)
  addTotalErrors(errors, ctx.store, 'budget', 'plannedFen', c.plannedFen, [self, original?.id])
  errors.throwIfAny()
  return c
}

/** Kept fields and no overlap again on submit and sign: another line may have come in between. */
function budgetGoingPublic(r: BudgetLine, original: BudgetLine | undefined, ctx: Ctx): void {
  const errors = new FieldErrors()
  addKeptErrors(errors, 'budget', r, original)
  addOverlapErrors(errors, ctx.store, r, r.id, original)
  errors.throwIfAny()
}

function checkDistribution(
  c: Content<'distributions'>,
  _ctx: Ctx,
  original?: Distribution,
): Content<'distributions'> {
  const errors = new FieldErrors()
  addKeptErrors(errors, 'distributions', c, original)
  const total = c.items.reduce((sum, i) => sum + i.amountFen, 0)
  if (total > c.distributableFen) errors.add('items', '各项分配合计不能超过可分配收益')
  addShareErrors(errors, c, total)
  errors.throwIfAny()
  return c
}

/**
 * 每人 and 每户 are what villagers compare with what they received: paid to that many people and
 * households, they cannot add up to more than the items share out (products in BigInt: up to
 * 10^6 heads × 10^12 fen).
 */
function addShareErrors(errors: FieldErrors, c: Content<'distributions'>, total: number): void {
  if (c.perPersonFen > 0 && c.persons === 0) errors.add('persons', '填了每人金额，请填写人数')
  if (c.perHouseholdFen > 0 && c.households === 0)
    errors.add('households', '填了每户金额，请填写户数')
  const shares =
    BigInt(c.persons) * BigInt(c.perPersonFen) + BigInt(c.households) * BigInt(c.perHouseholdFen)
  if (shares > BigInt(total)) {
    const field = c.perPersonFen > 0 ? 'perPersonFen' : 'perHouseholdFen'
    errors.add(field, '每人金额乘人数、每户金额乘户数，加起来超过了各项分配合计')
  }
}

const specialLinks = (c: Pick<Special, 'projectId' | 'matterId'>): Link[] => [
  { path: 'projectId', coll: 'projects', id: c.projectId },
  { path: 'matterId', coll: 'matters', id: c.matterId },
]

function checkSpecial(c: Content<'specials'>, ctx: Ctx, original?: Special): Content<'specials'> {
  const errors = new FieldErrors()
  addKeptErrors(errors, 'specials', c, original)
  addLinkErrors(errors, ctx.store, specialLinks(c))
  errors.throwIfAny()
  // Land compensation lists people: their names are stored masked (张*明), as on 公示 lists.
  if (c.kind !== '征地补偿') return c
  return { ...c, rows: c.rows.map((r) => ({ ...r, label: maskName(r.label) })) }
}

export const budgetSpec: WorkflowSpec<'budget'> = {
  coll: 'budget',
  noun: '计划',
  title: (b) => `${b.year}年 ${b.item || b.category}`,
  texts: (c) => [
    { path: 'item', label: '明细科目', value: c.item },
    { path: 'note', label: '说明', value: c.note },
  ],
  prepare: checkBudget,
  goingPublic: (r, _today, _step, original, ctx) => budgetGoingPublic(r, original, ctx),
}

export const assetSpec: WorkflowSpec<'assets'> = {
  coll: 'assets',
  noun: '资产登记',
  title: (a) => a.name,
  texts: (c) => [
    { path: 'name', label: '名称', value: c.name },
    { path: 'location', label: '位置', value: c.location },
    { path: 'area', label: '面积', value: c.area },
    { path: 'lessee', label: '承包或租赁方', value: c.lessee },
    { path: 'note', label: '备注', value: c.note },
  ],
  prepare: (c, ctx, original, self) => {
    assertKept('assets', c, original)
    const errors = new FieldErrors()
    addTotalErrors(errors, ctx.store, 'assets', 'valueFen', c.valueFen ?? 0, [self, original?.id])
    errors.throwIfAny()
    return c
  },
  goingPublic: (r, _today, _step, original) => assertKept('assets', r, original),
}

export const debtSpec: WorkflowSpec<'debts'> = {
  coll: 'debts',
  noun: '债权债务',
  title: (d) => `${d.kind}：${d.counterparty}`,
  texts: (c) => [
    { path: 'counterparty', label: '对方单位或个人', value: c.counterparty },
    { path: 'cause', label: '事由', value: c.cause },
  ],
  prepare: (c, ctx, original, self) => {
    assertKept('debts', c, original)
    const errors = new FieldErrors()
    addTotalErrors(errors, ctx.store, 'debts', 'amountFen', c.amountFen, [self, original?.id])
    errors.throwIfAny()
    return c
  },
  goingPublic: (r, _today, _step, original) => assertKept('debts', r, original),
}

export const distributionSpec: WorkflowSpec<'distributions'> = {
  coll: 'distributions',
  noun: '收益分配方案',
  title: (d) => d.title,
  texts: (c) => [
    { path: 'title', label: '标题', value: c.title },
    { path: 'note', label: '说明', value: c.note },
    ...c.items.flatMap((i, n) => [
      { path: `items.${n}.name`, label: `第${n + 1}项的名称`, value: i.name },
      { path: `items.${n}.note`, label: `第${n + 1}项的说明`, value: i.note },
    ]),
  ],
  prepare: checkDistribution,
  goingPublic: (r, _today, _step, original) => assertKept('distributions', r, original),
}

export const specialSpec: WorkflowSpec<'specials'> = {
  coll: 'specials',
  noun: '专项公开',
  title: (s) => s.title,
  texts: (c) => [
    { path: 'title', label: '标题', value: c.title },
    { path: 'body', label: '正文', value: c.body },
    ...c.rows.flatMap((r, n) => [
      { path: `rows.${n}.label`, label: `第${n + 1}行的项目或姓名`, value: r.label },
      { path: `rows.${n}.group`, label: `第${n + 1}行的村民小组`, value: r.group },
      { path: `rows.${n}.note`, label: `第${n + 1}行的说明`, value: r.note },
    ]),
  ],
  prepare: checkSpecial,
  goingPublic: (r, _today, _step, original) => assertKept('specials', r, original),
  links: specialLinks,
}
