/**
 * 四议两公开 comes before the works: a project shown at 施工 or later must rest on a matter whose
 * 党员大会 and 村民代表会议 both passed, and a correction may not take that link out. A project
 * never linked is not held to one (older villages' records went up before the link existed).
 */
import type { Project } from '../../../../contract'
import { decisionProblem, worksUnderWay } from '../../../../contract/matter-decision'
import type { Ctx } from '../../api/handlers'
import { linkedPublished } from '../sections/records'
import { FieldErrors } from './field-errors'

type Facts = Pick<Project, 'stage' | 'matterId'>

/** The matter the latest earlier version linked to, following the corrections back. */
function earlierMatterId(original: Project | undefined, ctx: Ctx): string | undefined {
  let r = original
  for (let hops = 0; r && hops < 50; hops++) {
    if (r.matterId) return r.matterId
    r = r.supersedes ? ctx.store.get('projects', r.supersedes) : undefined
  }
  return undefined
}

/**
 * Beside matterId: a correction at 施工 or later without the matter an earlier version was linked
 * to (moved back before 施工, it may go without: no works rest on it then).
 */
export function addDroppedMatter(
  errors: FieldErrors,
  p: Facts,
  original: Project | undefined,
  ctx: Ctx,
): void {
  if (!worksUnderWay(p.stage) || p.matterId) return
  const earlier = earlierMatterId(original, ctx)
  if (!earlier) return
  const was = linkedPublished(ctx.store, 'matters', earlier)
  errors.add(
    'matterId',
    `项目已到“${p.stage}”阶段，更正时不能去掉关联的四议两公开事项` +
      `${was ? `“${was.title}”` : ''}。请仍旧关联这个事项，或改为关联已经表决通过的事项`,
  )
}

/**
 * Checked against the matter's current published version when the project (or its correction)
 * is submitted and again when it is signed; a link to an unpublished matter is left to the link
 * check, which says so in its own words. Throws BAD_INPUT beside matterId.
 */
export function decidedBeforeWorks(p: Project, original: Project | undefined, ctx: Ctx): void {
  if (!worksUnderWay(p.stage)) return
  const errors = new FieldErrors()
  addDroppedMatter(errors, p, original, ctx)
  const matter = linkedPublished(ctx.store, 'matters', p.matterId)
  const problem = matter && decisionProblem(matter.steps)
  if (matter && problem) {
    errors.add(
      'matterId',
      `项目已到“${p.stage}”阶段，但关联的四议两公开事项“${matter.title}”${problem}。` +
        '请先依法表决通过，或关联已经表决通过的事项',
    )
  }
  errors.throwIfAny()
}
