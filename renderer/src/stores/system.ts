import { defineStore } from 'pinia'
import { call } from '../api'
import { useRemote } from './remote'

/** The journal head shown in the footer, so anyone can note it and later detect a rewrite. */
export const useSystemStore = defineStore('system', () => {
  const checkpoint = useRemote(() => call('system.checkpoint', {}))

  return {
    checkpoint: checkpoint.data,
    error: checkpoint.error,
    refresh: () => checkpoint.load(),
  }
})
