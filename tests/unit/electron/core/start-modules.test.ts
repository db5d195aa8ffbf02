import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const ROOT = resolve(import.meta.dirname, '../../../..')

/**
 * In a fresh Node (as the utility process starts), imports core the way the host does, then
 * reads a workbook and prepares a text for search: which of the two big packages had been
 * loaded after each step. A package counts as loaded once resolved as an ES module (seen by a
 * resolve hook) or required as CommonJS (in require's cache).
 */
const CHILD = `
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
const settle = () => new Promise((r) => setTimeout(r, 100))
const loaded = async () => {
  await settle()
  const seen = [...resolved, ...Object.keys(cache)]
  const has = (name) => seen.some((u) => u.replaceAll('\\\\', '/').includes('/node_modules/' + name + '/'))
  return { exceljs: has('exceljs'), pinyin: has('pinyin-pro') }
}
const at = (p) => pathToFileURL(${JSON.stringify(ROOT)} + '/' + p).href
await import(at('electron/core/core.ts'))
const atStart = await loaded()
const { loadExcel } = await import(at('electron/core/services/data/exceljs.ts'))
const [a, b] = await Promise.all([loadExcel(), loadExcel()])
const afterWorkbook = await loaded()
const { field } = await import(at('electron/core/services/sections/search-match.ts'))
const f = field('修路')
console.log(JSON.stringify({
  atStart, afterWorkbook, afterSearch: await loaded(),
  workbook: typeof a.Workbook, once: a === b, pinyin: f.full,
}))
`

describe('core start-up', () => {
  it('loads exceljs and pinyin-pro only when a workbook or a search needs them', async () => {
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', CHILD],
      { cwd: ROOT },
    )
    const seen = JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, unknown>
    expect(seen).toEqual({
      atStart: { exceljs: false, pinyin: false },
      afterWorkbook: { exceljs: true, pinyin: false },
      afterSearch: { exceljs: true, pinyin: true },
      workbook: 'function',
      once: true,
      pinyin: 'xiulu',
    })
  }, 60_000)
})
