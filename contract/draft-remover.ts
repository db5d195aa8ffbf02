/**
 * Who may delete a draft or a record the 监委 returned: the cadre who wrote it (for a correction,
 * who filed it) or an admin tidying up after someone who left; another clerk may edit it but not
 * make it vanish. Core refuses everyone else; the record screen offers 删除 only to these.
 */
import type { Role } from './api'
import type { PersonRef, Publication } from './schemas/common'

export function mayRemoveDraft(
  r: Pick<Publication, 'status'> & { createdBy: Pick<PersonRef, 'id'> },
  by: { id: string; role: Role } | null,
): boolean {
  if (!by || (r.status !== 'draft' && r.status !== 'returned')) return false
  return by.role === 'admin' || (by.role === 'clerk' && r.createdBy.id === by.id)
}
