/**
 * Which workflow step is allowed on which record, as pure checks that throw a Chinese refusal:
 * kept apart from storage so every allowed and refused transition is easy to see and to test.
 */
import { mayRemoveDraft, type PersonRef, type Publication, type Role } from '../../../../contract'
import { ApiFailure } from '../../api/failure'
import { wroteOrChanged } from '../editors'

type Pub = Pick<Publication, 'status' | 'submittedBy' | 'supersededBy' | 'supersedes'> &
  Partial<Pick<Publication, 'createdBy'>>

/** A draft or a returned record may still be edited and submitted; nothing else may. */
export function assertEditable(r: Pub, noun: string, verb: '修改' | '提交'): void {
  if (r.status === 'draft' || r.status === 'returned') return
  if (r.status === 'submitted') {
    throw new ApiFailure(
      'CONFLICT',
      verb === '提交'
        ? `这条${noun}已经提交，正在等待监委会审核`
        : `这条${noun}已提交监委会审核，不能再修改；如需修改，请监委会先退回`,
    )
  }
  throw new ApiFailure(
    'CONFLICT',
    `这条${noun}已经公开，不能直接${verb}；如有错误，请用“更正”提交新版本并写明原因`,
  )
}

/**
 * Only what is still in the keeper's hands may be deleted: a draft, or a record the 监委
 * returned (never public; the journal keeps what it said and the 监委's comment). A record
 * waiting for sign-off is the 监委's until they return it; a published one is an archive.
 */
export function assertRemovable(r: Pub, noun: string): void {
  if (r.status === 'draft' || r.status === 'returned') return
  throw new ApiFailure(
    'CONFLICT',
    r.status === 'submitted'
      ? `这条${noun}已提交监委会审核，不能删除；如不再需要，请监委会先退回`
      : `这条${noun}已经公开，公开的记录不能删除；如有错误，请用“更正”提交新版本并写明原因`,
  )
}

/** A draft is its writer's work in progress: theirs or an admin's to delete (mayRemoveDraft). */
export function assertMayRemove(
  r: Pick<Publication, 'status' | 'createdBy'>,
  by: PersonRef,
  role: Role | null,
): void {
  if (role && mayRemoveDraft(r, { id: by.id, role })) return
  const who = r.createdBy.name
  throw new ApiFailure(
    'FORBIDDEN',
    `这条草稿是${who}填写的，只有${who}本人或管理员才能删除；如确实不需要，请告诉${who}或管理员`,
  )
}

/** Only a record waiting for sign-off may be returned or published. */
export function assertSubmitted(r: Pub, noun: string, verb: '退回' | '公开'): void {
  if (r.status === 'submitted') return
  const now =
    r.status === 'published' ? '已经公开' : r.status === 'returned' ? '已经退回' : '还是草稿'
  throw new ApiFailure('CONFLICT', `只有已提交、等待审核的${noun}才能${verb}，这条${now}`)
}

/**
 * Nobody signs off their own work: the 监委 check is a second pair of eyes. Not what they
 * submitted, and not what they wrote when a colleague pressed 提交 (an account that was a
 * clerk's before it became a 监委 member's).
 */
export function assertNotOwn(r: Pub, signer: PersonRef, noun: string): void {
  if (r.submittedBy?.id === signer.id) {
    throw new ApiFailure('FORBIDDEN', `不能审核公开自己提交的${noun}，请由另一位监委会成员审核`)
  }
  if (wroteOrChanged(r, signer)) {
    throw new ApiFailure(
      'FORBIDDEN',
      `不能审核公开自己填写或改过的${noun}，请由另一位监委会成员审核`,
    )
  }
}

/** Only the current published version may be corrected, and one correction at a time. */
export function assertCorrectable(r: Pub, noun: string, openCorrection: boolean): void {
  if (r.status !== 'published') {
    throw new ApiFailure('CONFLICT', `只有已经公开的${noun}才能更正；还没公开的可以直接修改`)
  }
  if (r.supersededBy) {
    throw new ApiFailure('CONFLICT', `这一版${noun}已被更正过，请更正最新公开的版本`)
  }
  if (openCorrection) {
    throw new ApiFailure('CONFLICT', `这条${noun}已有一份更正正在办理，请在那一份上继续修改或提交`)
  }
}

/** A correction can only replace a version that is still the current published one. */
export function assertStillCurrent(original: Pub | undefined, noun: string): void {
  if (original && original.status === 'published' && !original.supersededBy) return
  throw new ApiFailure(
    'CONFLICT',
    `原来那一版${noun}已被其他更正替换，这份更正不能再公开，请按最新版本重新更正`,
  )
}
