/** What the power-cut and changed-line trial files share: one template folder and a rerunnable seed. */
import { afterAll, beforeAll } from 'vitest'
import { makeTemplate, removeFolder } from '../../reliability/crash-template'

/** Builds the template folder once before a file's trials (the slow part) and removes it after. */
export function templateForFile(): () => string {
  let template = ''
  beforeAll(async () => {
    template = await makeTemplate()
  }, 120_000)
  afterAll(async () => {
    if (template) await removeFolder(template)
  })
  return () => template
}

/** Random on purpose (each run tries somewhere new) unless `envName` names one to rerun a failure. */
export function baseSeed(envName: string): number {
  return Number(process.env[envName] ?? Math.floor(Math.random() * 1e9))
}
