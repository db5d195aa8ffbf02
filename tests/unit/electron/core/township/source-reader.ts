/**
 * A township reader thread running the TypeScript source (the app runs the built
 * out/main/township-reader.js): tsx's loader is registered in the thread before the worker loads.
 */
import { once } from 'node:events'
import { Worker } from 'node:worker_threads'

const WORKER = new URL('../../../../../electron/core/township/reader-worker.ts', import.meta.url)
const TSX = import.meta.resolve('tsx/esm/api')

/** Starts one reader thread on the source. */
export function startSourceReader(): Worker {
  return new Worker(shim(''), { eval: true })
}

/** A reader thread on the source, once its code is loaded and it waits for work. */
export async function loadedSourceReader(): Promise<Worker> {
  const w = new Worker(
    shim(`.then(() => require('node:worker_threads').parentPort.postMessage('loaded'))`),
    {
      eval: true,
    },
  )
  await once(w, 'message')
  return w
}

function shim(after: string): string {
  return `import(${JSON.stringify(TSX)})
    .then(({ register }) => { register(); return import(${JSON.stringify(WORKER.href)}) })${after}`
}
