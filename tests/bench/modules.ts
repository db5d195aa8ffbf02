/**
 * How long core's utility process spends loading its code before it can open the folder: the
 * built out/main/core-host.js imported in a fresh Node (it exits at once there, having no
 * parentPort). Part of every kiosk start that the data load figure does not include.
 */
import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { median } from './stats'

const run = promisify(execFile)
const HOST = pathToFileURL(resolve('out/main/core-host.js')).href

const CHILD = `
const t = performance.now()
process.on('exit', () => process.stdout.write('modules ' + (performance.now() - t) + '\\n'))
await import(${JSON.stringify(HOST)})
`

async function once(): Promise<number> {
  // Outside Electron the host ends itself (exit 2) once every module has run, saying why.
  const r = await run(process.execPath, ['--input-type=module', '-e', CHILD]).catch(
    (e: { stdout?: string; stderr?: string }) => ({
      stdout: e.stdout ?? '',
      stderr: e.stderr ?? '',
    }),
  )
  const m = /modules ([\d.]+)/.exec(r.stdout)
  if (!m || !r.stderr.includes('no parentPort'))
    throw new Error(`bench: core-host.js 没有载入完成（请先 npm run build）${r.stderr}`)
  return Number(m[1])
}

/** Median of `runs` fresh loads of core's code, after one that warms the OS file cache. */
export async function coreModuleLoad(runs = 5): Promise<number> {
  await once()
  const times: number[] = []
  for (let i = 0; i < runs; i++) times.push(await once())
  return median(times)
}
