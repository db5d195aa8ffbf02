/**
 * A kiosk that cannot start a thread (resource limits) still opens its folder: the journal's
 * marked prefix is then read and hashed on the main thread, and a changed byte still halts it.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type * as WorkerThreads from 'node:worker_threads'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { readMark } from '../../../../../electron/core/store/flush-mark'
import { Journal } from '../../../../../electron/core/store/journal'
import { readJournalEarly } from '../../../../../electron/core/store/journal-tail'
import { openStore } from '../../../../../electron/core/store'
import type { Store } from '../../../../../electron/core/store'

const threads = vi.hoisted(() => ({ refuse: false }))
vi.mock('node:worker_threads', async (original) => {
  const real = await original<typeof WorkerThreads>()
  class Worker extends real.Worker {
    constructor(...args: ConstructorParameters<typeof real.Worker>) {
      if (threads.refuse) throw new Error('ERR_WORKER_INIT_FAILED')
      super(...args)
    }
  }
  return { ...real, Worker }
})

describe('no thread for the journal check', () => {
  let dir: string
  let store: Store | undefined
  const clock = () => new Date('2026-03-05T08:00:00.000Z')
  const journal = () => join(dir, 'journal.jsonl')

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'journal-no-thread-'))
    threads.refuse = false
    store = await openStore({ dir, now: clock })
    for (let i = 1; i <= 5; i++) {
      const id = `p${i}`
      await store.commit({
        actor: null,
        action: 'projects.save',
        entity: 'projects',
        id,
        puts: [{ coll: 'projects', id, value: { id, note: '修'.repeat(200_000) } }],
      })
    }
    await store.close()
    store = undefined
    threads.refuse = true
  })
  afterEach(async () => {
    threads.refuse = false
    await store?.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('opens with every record, the marked prefix read and hashed here instead', async () => {
    const mark = (await readMark(dir))!
    const j = await Journal.open(dir, { mark, early: readJournalEarly(journal(), mark) })
    // The mark is still used: its digest is worked out on this thread from the whole file.
    expect(j.fromMark).toBe(true)
    expect(j.head.seq).toBe(5)
    await j.close()
    store = await openStore({ dir, now: clock })
    expect(store.all('projects')).toHaveLength(5)
    expect(store.halted()).toBeFalsy()
  })

  it('still halts on a character changed in the first piece', async () => {
    const bytes = await readFile(journal())
    Buffer.from('改').copy(bytes, bytes.indexOf(Buffer.from('修'), 1000))
    await writeFile(journal(), bytes)
    store = await openStore({ dir, now: clock })
    expect(store.halted()).toMatchObject({ seq: 0, line: 1 })
  })
})
