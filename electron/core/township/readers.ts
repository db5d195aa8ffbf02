/**
 * The console's first open checks every package of every village: the folders are shared out
 * between the core's own thread and reader threads (one per spare CPU core). Each takes the
 * next folder from one shared counter as it finishes the last, so no thread waits on another to
 * be handed work. A reader's failure is never trusted for a result: any folder it did not
 * answer for is run again on the core's thread, so an error is the same as without readers.
 */
import { availableParallelism } from 'node:os'
import type { Worker } from 'node:worker_threads'
import { runFolderJob, type FolderDone, type FolderJob } from './folder-job'

/** What the core sends a reader thread, once: every job and the counter they are taken by. */
export interface ReaderWork {
  jobs: readonly FolderJob[]
  /** Int32 at 0 over a SharedArrayBuffer: the index of the next job to take (Atomics.add). */
  next: Int32Array
}

/** What a reader thread answers: a job's result or error, then that it has taken its last. */
export type ReaderReply =
  | { i: number; ok: true; done: FolderDone }
  | { i: number; ok: false; message: string }
  | { end: true }

/** Starts one reader thread: out/main/township-reader.js in the app; tests run the source. */
export type StartReader = () => Worker

/** Reader threads beside the core's own: one per spare CPU core, at most three. */
export function spareCores(): number {
  return Math.min(3, Math.max(0, availableParallelism() - 1))
}

/** Takes the next job's index, or -1 when every job is taken. */
export function takeNext(next: Int32Array, count: number): number {
  const i = Atomics.add(next, 0, 1)
  return i < count ? i : -1
}

/** Hands `work` to `worker`; resolves when it has taken its last job, ended or failed. */
function lend(worker: Worker, work: ReaderWork, onReply: (r: ReaderReply) => void): Promise<void> {
  return new Promise((resolve) => {
    const finish = () => {
      worker.off('message', onMessage).off('error', finish).off('exit', finish)
      void worker.terminate()
      resolve()
    }
    const onMessage = (r: ReaderReply) => ('end' in r ? finish() : onReply(r))
    worker.on('message', onMessage).on('error', finish).on('exit', finish)
    worker.postMessage(work)
  })
}

/** Runs every job (results in the jobs' order), calling `onDone` after each. */
export async function runFolderJobs(
  jobs: readonly FolderJob[],
  onDone: () => void,
  readers: { start?: StartReader; threads?: number } = {},
): Promise<FolderDone[]> {
  const out = new Array<FolderDone | undefined>(jobs.length)
  const work: ReaderWork = { jobs, next: new Int32Array(new SharedArrayBuffer(4)) }
  const here = async (i: number) => {
    out[i] = await runFolderJob(jobs[i]!)
    onDone()
  }
  // A job a reader failed on is left without a result, to be read here below.
  const onReply = (r: ReaderReply) => {
    if ('end' in r || !r.ok) return
    out[r.i] = r.done
    onDone()
  }
  // Threads pay for their start only on folders read from scratch (a first open, new villages):
  // a later open takes nearly everything from the cache, quicker on the core's thread alone.
  const fresh = jobs.filter((j) => Object.keys(j.cached).length === 0).length
  const threads = Math.min(readers.threads ?? spareCores(), fresh - 1)
  const workers: Worker[] = []
  const lent: Array<Promise<void>> = []
  for (let n = 0; readers.start && n < threads; n++) {
    try {
      const worker = readers.start()
      workers.push(worker)
      lent.push(lend(worker, work, onReply))
    } catch {
      break // no thread to be had (resource limits): the core's thread reads the rest
    }
  }
  try {
    for (let i = takeNext(work.next, jobs.length); i >= 0; i = takeNext(work.next, jobs.length)) {
      await here(i)
    }
    await Promise.all(lent)
    // A folder a reader failed on, or took and never answered for (it died): read here.
    for (let i = 0; i < jobs.length; i++) if (!out[i]) await here(i)
  } catch (error) {
    // The open has failed: its readers are stopped before it says so, so none goes on writing.
    await Promise.all(workers.map((w) => w.terminate()))
    await Promise.all(lent)
    throw error
  }
  return out as FolderDone[]
}
