/**
 * The PDF reader thread running the TypeScript source (the app runs the built
 * out/main/pdf-reader.js): tsx's loader is registered in the thread before the worker loads.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads'

const WORKER = new URL(
  '../../../../../../electron/core/services/attachments/pdf-reader-worker.ts',
  import.meta.url,
)
const TSX = import.meta.resolve('tsx/esm/api')

/** Starts one reader thread on the source, with the limits core asks for. */
export function startSourcePdfReader(options: WorkerOptions): Worker {
  const code = `import(${JSON.stringify(TSX)})
    .then(({ register }) => { register(); return import(${JSON.stringify(WORKER.href)}) })`
  return new Worker(code, { ...options, eval: true })
}
