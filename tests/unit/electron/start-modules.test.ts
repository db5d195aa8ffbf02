import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const ROOT = resolve(import.meta.dirname, '../../..')
const WATCHED = ['zod', 'exceljs', 'pinyin-pro'] as const

/**
 * A fresh Node (as each process starts) imports `entry`, then runs `then` (module paths are
 * from the project root): prints which of the watched packages had been loaded after each
 * step. A package counts as loaded once resolved as an ES module (seen by a resolve hook) or
 * required as CommonJS (in require's cache). Outside Electron, 'electron' cannot be linked:
 * the import fails there, after every module it reaches has been resolved.
 */
function child(entry: string, then = ''): string {
  return `
import { createRequire, register } from 'node:module'
import { pathToFileURL } from 'node:url'
import { MessageChannel } from 'node:worker_threads'
const { port1, port2 } = new MessageChannel()
const resolved = []
port1.on('message', (url) => resolved.push(url))
port1.unref()
const hook = 'let port; export function initialize(d) { port = d.port }' +
  ' export async function resolve(s, c, next) { const r = await next(s, c); port.postMessage(r.url); return r }'
register('data:text/javascript,' + encodeURIComponent(hook), { data: { port: port2 }, transferList: [port2] })
const cache = createRequire(import.meta.url).cache
const at = (p) => pathToFileURL(${JSON.stringify(ROOT)} + '/' + p).href
const steps = {}
const note = async (step) => {
  await new Promise((r) => setTimeout(r, 100))
  const seen = [...resolved, ...Object.keys(cache)].map((u) => u.replaceAll('\\\\', '/'))
  steps[step] = ${JSON.stringify(WATCHED)}.filter((name) => seen.some((u) => u.includes('/node_modules/' + name + '/')))
  // The graph was followed as far as the contract (not stopped early by some other error).
  steps.reachedContract ??= seen.some((u) => /[/]contract[/][a-z-]+[.]ts$/.test(u))
}
await import(at(${JSON.stringify(entry)})).catch(() => {})
await note('start')
${then}
console.log(JSON.stringify(steps))
`
}

async function loaded(entry: string, then?: string): Promise<Record<string, string[]>> {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', child(entry, then)],
    { cwd: ROOT },
  )
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, string[]>
}

describe('what each process loads as it starts', () => {
  it('core: exceljs only once a workbook is read or written, pinyin-pro once search needs it', async () => {
    const steps = await loaded(
      'electron/core/core.ts',
      `
const { loadExcel } = await import(at('electron/core/services/data/exceljs.ts'))
const [a, b] = await Promise.all([loadExcel(), loadExcel()])
if (typeof a.Workbook !== 'function' || a !== b) throw new Error('exceljs not loaded once')
await note('workbook')
const { field } = await import(at('electron/core/services/sections/search-match.ts'))
if (field('修路').full !== 'xiulu') throw new Error('no pinyin')
await note('search')`,
    )
    expect(steps).toEqual({
      reachedContract: true,
      start: ['zod'],
      workbook: ['zod', 'exceljs'],
      search: ['zod', 'exceljs', 'pinyin-pro'],
    })
  }, 60_000)

  it.each(['electron/preload/index.ts', 'electron/main/index.ts'])(
    '%s: no zod (the preload runs before every page, main before the first window)',
    async (entry) => {
      expect(await loaded(entry)).toEqual({ reachedContract: true, start: [] })
    },
    60_000,
  )
})
