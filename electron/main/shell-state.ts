/**
 * What the shell remembers about this machine between starts (not village records): GPU
 * crashes and whether to start at login. Kept in userData, written atomically, and read
 * tolerantly: a damaged file only means the defaults.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { app } from 'electron'

export interface ShellState {
  /** Times (ms) of recent GPU process crashes. */
  gpuCrashes: number[]
  /** App version that starts with hardware acceleration off; a new version tries the GPU again. */
  gpuOffForVersion: string | null
  /** null: leave the OS login items alone. */
  startAtLogin: boolean | null
}

const DEFAULTS: ShellState = { gpuCrashes: [], gpuOffForVersion: null, startAtLogin: null }

function file(): string {
  return join(app.getPath('userData'), 'kiosk-shell.json')
}

/** Reads the state, falling back to defaults field by field. */
export function readShellState(): ShellState {
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file(), 'utf8'))
  } catch {
    return { ...DEFAULTS }
  }
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>
  return {
    gpuCrashes: Array.isArray(r.gpuCrashes)
      ? r.gpuCrashes.filter((t): t is number => typeof t === 'number')
      : [],
    gpuOffForVersion: typeof r.gpuOffForVersion === 'string' ? r.gpuOffForVersion : null,
    startAtLogin: typeof r.startAtLogin === 'boolean' ? r.startAtLogin : null,
  }
}

/** Writes through a temp file and rename, so a power cut leaves the old state or the new one. */
export function writeShellState(state: ShellState): void {
  const target = file()
  const temp = `${target}.tmp`
  writeFileSync(temp, JSON.stringify(state))
  renameSync(temp, target)
}
