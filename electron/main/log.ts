/**
 * The incident log: one JSON line per event (crash, blocked navigation, refused IPC…) in a
 * small rotating file, so a technician or the admin screen can read what happened months ago
 * without the log ever filling the disk of an unattended machine.
 */
import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { app } from 'electron'
import type { Incident } from '../../contract'

export interface LogOptions {
  dir?: string
  /** Rotate when the current file would grow past this. */
  maxBytes?: number
  /** Older files kept: incidents.1.log … incidents.N.log. */
  keep?: number
  echo?: boolean
  /** Record uncaught errors in main (off in unit tests, which share the process). */
  catchErrors?: boolean
}

interface Target {
  file: string
  maxBytes: number
  keep: number
  echo: boolean
}

let target: Target | null = null

/** Opens the rotating file and records what would otherwise die silently (or pop a dialog). */
export function setupLog(opts: LogOptions = {}): string {
  const dir = opts.dir ?? app.getPath('logs')
  mkdirSync(dir, { recursive: true })
  target = {
    file: join(dir, 'incidents.log'),
    maxBytes: opts.maxBytes ?? 1024 * 1024,
    keep: opts.keep ?? 5,
    echo: opts.echo ?? true,
  }
  if (opts.catchErrors === false) return target.file
  // A handler also stops Electron's modal error dialog, which nobody is there to dismiss.
  process.on('uncaughtException', (error) => logIncident('main-exception', errorDetail(error)))
  process.on('unhandledRejection', (reason) => logIncident('main-rejection', errorDetail(reason)))
  return target.file
}

/** Records one incident; never throws, since logging must not take the kiosk down. */
export function logIncident(kind: string, detail: Record<string, unknown> = {}): void {
  if (!target) return
  const line = JSON.stringify({ at: new Date().toISOString(), kind, ...detail }) + '\n'
  if (target.echo) console.warn(`[kiosk] ${line.trimEnd()}`)
  try {
    rotateIfFull(target, Buffer.byteLength(line))
    appendFileSync(target.file, line)
  } catch {
    // The disk is full or gone: nothing sensible left to do with the message.
  }
}

/** Error objects do not survive JSON.stringify; keep their name, message and first stack lines. */
export function errorDetail(error: unknown): Record<string, unknown> {
  if (error instanceof Error) {
    const stack = error.stack?.split('\n').slice(0, 6).join('\n')
    return { error: `${error.name}: ${error.message}`, stack }
  }
  return { error: String(error) }
}

function rotateIfFull(t: Target, incoming: number): void {
  if (!existsSync(t.file) || statSync(t.file).size + incoming <= t.maxBytes) return
  const older = (n: number) => t.file.replace(/\.log$/, `.${n}.log`)
  rmSync(older(t.keep), { force: true })
  for (let n = t.keep - 1; n >= 1; n--) {
    if (existsSync(older(n))) renameSync(older(n), older(n + 1))
  }
  renameSync(t.file, older(1))
}

/** The newest incidents first, for the admin screen; a line that does not parse is skipped. */
export async function readIncidents(limit: number): Promise<Incident[]> {
  if (!target) return []
  const files = [target.file, target.file.replace(/\.log$/, '.1.log')]
  const out: Incident[] = []
  for (const file of files) {
    const text = await readFile(file, 'utf8').catch(() => '')
    for (const line of text.split('\n').reverse()) {
      if (out.length >= limit) return out
      const incident = parseIncident(line)
      if (incident) out.push(incident)
    }
  }
  return out
}

function parseIncident(line: string): Incident | null {
  if (!line.trim()) return null
  try {
    const { at, kind, ...rest } = JSON.parse(line) as Record<string, unknown>
    if (typeof at !== 'string' || typeof kind !== 'string') return null
    const message = typeof rest.error === 'string' ? rest.error : JSON.stringify(rest).slice(0, 300)
    return { at, kind, message }
  } catch {
    return null
  }
}
