/**
 * A reader thread of the 乡镇汇总 console (built to out/main/township-reader.js): takes folder
 * jobs from the shared counter until none are left, answering each with its result or error.
 */
import { parentPort } from 'node:worker_threads'
import { runFolderJob } from './folder-job'
import { takeNext, type ReaderReply, type ReaderWork } from './readers'

const port = parentPort
if (!port) throw new Error('township-reader: start me as a worker thread')
const reply = (r: ReaderReply) => port.postMessage(r)
port.once('message', async ({ jobs, next }: ReaderWork) => {
  for (let i = takeNext(next, jobs.length); i >= 0; i = takeNext(next, jobs.length)) {
    try {
      reply({ i, ok: true, done: await runFolderJob(jobs[i]!) })
    } catch (e) {
      reply({ i, ok: false, message: String(e) })
    }
  }
  reply({ end: true })
})
