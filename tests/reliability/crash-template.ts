/** The data folder every crash trial starts from: the demo village, made once and copied. */
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openCore } from '../../electron/core/core'
import { secretsDirFor } from '../../electron/core/secrets'

/** The child's clock: the day the e2e tests use, so 2026-11 is a period a clerk may open. */
export const CHILD_NOW = '2026-11-25T01:30:00.000Z'

/**
 * Builds a three-year demo village in a fresh temp folder (its accounts take a few scrypt runs):
 * 2024's ledger is then left on disk at each open, so every trial also cuts the power over a
 * year read on first use (the stream moves lines in and out of it).
 */
export async function makeTemplate(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'crash-template-'))
  const core = await openCore({ dir, demo: true, demoYears: 3, now: () => new Date(CHILD_NOW) })
  await core.close()
  return dir
}

/** A fresh copy of the template for one trial, with the secrets kept beside it (the PIN pepper). */
export async function copyTemplate(template: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'crash-trial-'))
  await cp(template, dir, { recursive: true })
  const secrets = secretsDirFor(template)
  if (existsSync(secrets)) await cp(secrets, secretsDirFor(dir), { recursive: true })
  return dir
}

/** Removes a template or a trial's folder and the secrets kept beside it. */
export async function removeFolder(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true })
  await rm(secretsDirFor(dir), { recursive: true, force: true })
}
