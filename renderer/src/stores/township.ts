import { defineStore } from 'pinia'
import { call } from '../api'
import { useRemote } from './remote'

/** How often the console re-reads the inbox: Syncthing brings new packages at any time. */
export const TOWNSHIP_REFRESH_MS = 10_000

/** The 乡镇汇总 console's one view of every village, re-read on a timer while it is open. */
export const useTownshipStore = defineStore('township', () => {
  const overview = useRemote(() => call('township.overview', {}))
  let timer: ReturnType<typeof setInterval> | null = null

  function start(): void {
    void overview.load()
    timer ??= setInterval(() => void overview.load(), TOWNSHIP_REFRESH_MS)
  }

  function stop(): void {
    if (timer) clearInterval(timer)
    timer = null
  }

  return {
    overview: overview.data,
    error: overview.error,
    loading: overview.loading,
    refresh: () => overview.load(),
    start,
    stop,
  }
})

/** This app's mode and signing identity (the kiosk's fingerprint shown in 核验). */
export const useIdentityStore = defineStore('identity', () => {
  const identity = useRemote(() => call('township.identity', {}))
  return { identity: identity.data, error: identity.error, load: () => identity.load() }
})
