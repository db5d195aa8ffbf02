import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { Duty, Input, Member } from '../../../contract'
import { asProblem, call, type ApiProblem } from '../api'

/**
 * The members and year-round duties as the admin and clerks edit them (members with full
 * phone numbers: the public only ever gets them masked). Each change is re-read from core.
 */
export const useAdminMembersStore = defineStore('admin-members', () => {
  const members = shallowRef<Member[] | null>(null)
  const duties = shallowRef<Duty[] | null>(null)
  const error = shallowRef<ApiProblem | null>(null)
  const loading = ref(false)

  async function run(step: () => Promise<void>): Promise<void> {
    loading.value = true
    try {
      await step()
      error.value = null
    } catch (e) {
      error.value = asProblem(e)
    } finally {
      loading.value = false
    }
  }

  const loadMembers = () => run(async () => void (members.value = await call('members.list', {})))
  const loadDuties = () => run(async () => void (duties.value = await call('duties.list', {})))

  /** Saves a member; throws the ApiProblem (with fields) so the form can show it. */
  async function saveMember(input: Input<'members.save'>): Promise<Member> {
    const m = await call('members.save', input)
    await loadMembers()
    return m
  }

  async function removeMember(id: string): Promise<void> {
    await call('members.remove', { id })
    await loadMembers()
  }

  async function saveDuty(input: Input<'duties.save'>): Promise<Duty> {
    const d = await call('duties.save', input)
    await loadDuties()
    return d
  }

  return {
    members,
    duties,
    error,
    loading,
    loadMembers,
    loadDuties,
    saveMember,
    removeMember,
    saveDuty,
  }
})
