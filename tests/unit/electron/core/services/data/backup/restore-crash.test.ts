/**
 * A power cut during a restore's swap: every rename from the k-th on fails (as if the machine
 * died there, leaving whatever was already moved), then the kiosk starts again. Before the new
 * journal is in place the start rolls back to the live data; after, it finishes the restore and
 * journals it. Never half of each.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BackupCreated } from '../../../../../../../contract/schemas/data-backup'
import { openCore } from '../../../../../../../electron/core/core'
import { createBackup } from '../../../../../../../electron/core/services/data/backup/create'
import { MARKER } from '../../../../../../../electron/core/services/data/backup/restore-marker'
import { restoreBackup } from '../../../../../../../electron/core/services/data/backup/restore'
import { renameWith, renamesWork } from '../../../../../fakes/failing-renames'
import { NOW, dataFilesOf, demoFolder, type Folder } from './folder'
import { sameAsBefore } from './sealed'

vi.mock('../../../../../../../electron/core/store/fs-safe', (original) =>
  import('../../../../../fakes/failing-renames').then((m) => m.failingRenames(original)),
)

class PowerCut extends Error {}

let f: Folder
beforeEach(async () => {
  f = await demoFolder()
})
afterEach(async () => {
  renamesWork()
  await f.cleanup().catch(() => rm(f.root, { recursive: true, force: true }))
})

/** Backs up, moves the live data on, then restores with the power failing at rename k. */
async function crashAt(kOf: (journalStep: number, newCount: number) => number) {
  const made: BackupCreated = await createBackup({
    dataDir: f.dataDir,
    targetDir: f.target,
    now: NOW,
    automatic: false,
    secrets: f.secrets,
  })
  const atBackup = await dataFilesOf(f.dataDir)
  const id = 'n-live'
  await f.store().commit({
    actor: null,
    action: 'test.change',
    entity: 'notices',
    id,
    puts: [{ coll: 'notices', id, value: { id, title: '备份之后的修改' } }],
  })
  await f.store().flush()
  const live = await dataFilesOf(f.dataDir)
  const liveHead = f.store().head()
  const oldMoves = (await readdir(f.dataDir)).filter((n) => !/^(replaced-|\.restore)/.test(n))
  const journalStep = oldMoves.length - 1 // every old entry but the journal moves first
  const k = kOf(journalStep, Object.keys(atBackup).length - 1)
  let n = 0
  const work = restoreBackup({
    archivePath: made.path,
    now: new Date(NOW.getTime() + 60_000),
    actor: { id: 'u-admin', name: '张德明' },
    hooks: {
      ...f.hooks,
      async swapStore(move) {
        await f.store().close()
        renameWith(async (a, b, _attempts, real) => {
          if (n++ >= k) throw new PowerCut('power cut')
          return real(a, b)
        })
        await move()
        throw new PowerCut('the machine is off')
      },
    },
  })
  await expect(work).rejects.toThrow(PowerCut)
  expect(n, 'the power cut happened at a real move').toBeGreaterThan(k)
  renamesWork()
  expect((await readdir(f.dataDir)).includes(MARKER)).toBe(true)
  return { made, atBackup, live, liveHead, committed: k > journalStep }
}

/** The next start: the real core opening the folder. */
async function restart(check: (core: Awaited<ReturnType<typeof openCore>>) => Promise<void>) {
  const core = await openCore({ dir: f.dataDir, now: () => NOW, secrets: { dir: f.secrets.dir } })
  try {
    await check(core)
    await core.store.flush()
  } finally {
    await core.close()
  }
  expect((await readdir(f.dataDir)).filter((n) => n.startsWith('.restore'))).toEqual([])
}

describe('a restore cut off before its marker', () => {
  it('leaves only scratch folders, which the next start removes; the data is as it was', async () => {
    const live = await dataFilesOf(f.dataDir)
    const head = f.store().head()
    await f.store().close()
    for (const n of ['.restore-check-20261125-093000', '.restore-20261125-093000']) {
      await mkdir(join(f.dataDir, n, 'attachments'), { recursive: true })
      await writeFile(join(f.dataDir, n, 'journal.jsonl'), 'half')
    }
    await restart(async (core) => {
      expect(core.store.head()).toEqual(head)
    })
    expect(await dataFilesOf(f.dataDir)).toEqual(live)
  })
})

describe('a restore cut off mid-swap is finished or rolled back at the next start', () => {
  // Rename steps: old entries move out one by one, then the journal (the switch), then the new in.
  const steps = ['first', 'second', 'last-old', 'journal', 'first-new', 'last-new'] as const
  for (const step of steps) {
    it(`power cut at the ${step} move`, async () => {
      const s = await crashAt(
        (j, fresh) =>
          ({
            first: 0,
            second: 1,
            'last-old': j - 1,
            journal: j,
            'first-new': j + 1,
            'last-new': j + fresh,
          })[step],
      )
      expect(s.committed).toBe(step === 'first-new' || step === 'last-new')
      if (!s.committed) {
        await restart(async (core) => {
          expect(core.store.head()).toEqual(s.liveHead)
        })
        expect(await dataFilesOf(f.dataDir)).toEqual(s.live)
        expect((await readdir(f.dataDir)).filter((n) => n.startsWith('replaced-'))).toEqual([])
      } else {
        await restart(async (core) => {
          expect(core.store.head().seq).toBe(s.made.journalSeq + 1)
          const [record] = core.store.all('restores')
          expect(record).toMatchObject({
            actor: '张德明',
            archive: s.made.fileName,
            oldHead: { seq: s.liveHead.seq, hash: s.liveHead.hash },
            newHead: { seq: s.made.journalSeq, hash: s.made.journalHash },
          })
        })
        await sameAsBefore(f.dataDir, s.atBackup)
      }
    })
  }
})
