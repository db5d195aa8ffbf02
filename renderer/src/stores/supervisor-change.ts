import { defineStore } from 'pinia'
import { call } from '../api'
import { useRemote } from './remote'

/**
 * 监委账号已变更, as core reports it: asked by the home screen together with its summary (not
 * after it, one round trip later), kept current by the live refresh, shared by every note.
 */
export const useSupervisorChangeStore = defineStore('supervisorChange', () => {
  const remote = useRemote(() => call('auth.supervisorChange', {}))
  let asked = false
  const refresh = (): Promise<void> => {
    asked = true
    return remote.load()
  }
  return {
    notice: remote.data,
    refresh,
    /** Asks once if nobody has yet; the live refresh keeps the answer current after that. */
    ensure: (): void => void (asked || refresh()),
  }
})
