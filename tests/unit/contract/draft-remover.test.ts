/**
 * Who may delete a draft (or a returned record): its writer or an admin. The record screen offers
 * 删除 only to them; core refuses anyone else (remove-draft.test.ts).
 */
import { describe, expect, it } from 'vitest'
import { mayRemoveDraft } from '../../../contract'

const writer = { id: 'u-clerk', name: '吴春燕' }
const draft = { status: 'draft', createdBy: writer } as const

describe('mayRemoveDraft', () => {
  it('the clerk who wrote it may; another clerk may not', () => {
    expect(mayRemoveDraft(draft, { id: 'u-clerk', role: 'clerk' })).toBe(true)
    expect(mayRemoveDraft(draft, { id: 'u-clerk2', role: 'clerk' })).toBe(false)
  })

  it('an admin may delete anyone’s; a 监委 member, nobody, or a record past draft: never', () => {
    expect(mayRemoveDraft(draft, { id: 'u-admin', role: 'admin' })).toBe(true)
    expect(mayRemoveDraft({ ...draft, status: 'returned' }, { id: 'u-admin', role: 'admin' })).toBe(
      true,
    )
    expect(mayRemoveDraft(draft, { id: 'u-clerk', role: 'supervisor' })).toBe(false)
    expect(mayRemoveDraft(draft, null)).toBe(false)
    for (const status of ['submitted', 'published'] as const)
      expect(mayRemoveDraft({ ...draft, status }, { id: 'u-clerk', role: 'clerk' })).toBe(false)
  })
})
