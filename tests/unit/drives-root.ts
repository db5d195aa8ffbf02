/**
 * Vitest's global setup for the stand-in USB sticks (fakes/drives.ts): one root folder for this
 * run, shared by every test file's workers and removed once the last file is done. Each run has
 * its own (two runs at once, say two checkouts, never remove each other's sticks), and none is
 * left in /tmp: tests remove the sticks they plug in, this removes the root they were in.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder whose subfolders the test cores list as drives. */
    drivesRoot: string
  }
}

/** Makes this run's drives root and hands it to the tests; returns its removal. */
export default function setup(project: Pick<TestProject, 'provide'>): () => void {
  const root = mkdtempSync(join(tmpdir(), 'village-test-drives-'))
  project.provide('drivesRoot', root)
  return () => rmSync(root, { recursive: true, force: true, maxRetries: 3 })
}
