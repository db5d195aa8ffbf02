import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const ROOT = resolve(import.meta.dirname, '../../../..')

/**
 * In a fresh Node (as the utility process starts), imports core the way the host does, then
 * asks for a workbook: whether exceljs was in the module cache after each step.
 */
const CHILD = `
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
const cache = createRequire(import.meta.url).cache
const loaded = () => Object.keys(cache).some((k) => /[\\\\/]node_modules[\\\\/]exceljs[\\\\/]/.test(k))
const at = (p) => pathToFileURL(${JSON.stringify(ROOT)} + '/' + p).href
await import(at('electron/core/core.ts'))
const atStart = loaded()
const { loadExcel } = await import(at('electron/core/services/data/exceljs.ts'))
const [a, b] = await Promise.all([loadExcel(), loadExcel()])
console.log(JSON.stringify({ atStart, afterAsked: loaded(), workbook: typeof a.Workbook, same: a === b }))
`

describe('core start-up', () => {
  it('does not load exceljs until a workbook is read or written', async () => {
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', CHILD],
      { cwd: ROOT },
    )
    const seen = JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, unknown>
    expect(seen).toEqual({ atStart: false, afterAsked: true, workbook: 'function', same: true })
  }, 60_000)
})
