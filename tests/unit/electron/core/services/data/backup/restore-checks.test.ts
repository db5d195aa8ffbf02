/**
 * What a restore proves before it swaps anything in: every record fits the contract's schema,
 * every record is what the journal alone says, and every attachment's content matches its name.
 * A refusal says which, and changes nothing, not even a dated folder of the old files.
 */
import { createHash } from 'node:crypto'
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  buildArchive,
  openArchive,
} from '../../../../../../../electron/core/services/data/backup/manifest'
import { restoreBackup } from '../../../../../../../electron/core/services/data/backup/restore'
import { serializeDoc } from '../../../../../../../electron/core/store/durable-adapter'
import { eachDemoFolder } from './each-folder'
import { NOW, dataFilesOf } from './folder'
import { resealed } from './sealed'

const t = eachDemoFolder(null)
const { backup, restore } = t

async function expectNothingChanged(work: Promise<unknown>, message: string) {
  const before = await dataFilesOf(t.f.dataDir)
  const head = t.f.store().head()
  await expect(work).rejects.toThrow(message)
  expect(await dataFilesOf(t.f.dataDir)).toEqual(before)
  expect(t.f.store().head()).toEqual(head)
  expect((await readdir(t.f.dataDir)).filter((n) => /^(replaced-|\.restore)/.test(n))).toEqual([])
}

describe('restore validates before it swaps', () => {
  it('a record that does not fit its schema is refused, naming it; nothing is swapped', async () => {
    const entry = t.f.store().all('ledger')[0]!
    // A journal whose chain is whole but whose record is not one the app could write.
    await t.f.store().commit({
      actor: null,
      action: 'test.bad',
      entity: 'ledger',
      id: entry.id,
      puts: [{ coll: 'ledger', id: entry.id, value: { ...entry, amountFen: 1250.5 } }],
    })
    await t.f.store().flush()
    const made = await backup()
    await t.f.store().commit({
      actor: null,
      action: 'test.fix',
      entity: 'ledger',
      id: entry.id,
      puts: [{ coll: 'ledger', id: entry.id, value: entry }],
    })
    await t.f.store().flush()
    await expectNothingChanged(restore(made.path), `备份里的账目（编号 ${entry.id}）不符合记录格式`)
  })

  it('an attachment whose content is not the one its name says is refused', async () => {
    const dir = join(t.f.dataDir, 'attachments')
    await mkdir(dir, { recursive: true })
    const names: string[] = []
    for (const text of ['PHOTO-1', 'PHOTO-2']) {
      const name = `${createHash('sha256').update(text).digest('hex')}.png`
      await writeFile(join(dir, name), text)
      names.push(name)
    }
    const made = await backup()
    // Each stored file is sealed and whole; swapped, neither holds what its name says.
    const store = join(t.f.target, 'attachments')
    const [one, two] = (await readdir(store)).sort()
    await rename(join(store, one!), join(store, 'x'))
    await rename(join(store, two!), join(store, one!))
    await rename(join(store, 'x'), join(store, two!))
    await expectNothingChanged(restore(made.path), '的内容与它的名称不符')
  })
})

describe('restore trusts the journal, not the documents beside it', () => {
  /** A published ledger line and the backup with its amount edited in its document only. */
  async function editedPublishedLine() {
    const store = t.f.store()
    const published = new Set(
      store
        .all('sheets')
        .filter((x) => x.status === 'published')
        .map((x) => x.key),
    )
    const entry = store.all('ledger').find((e) => published.has(e.period) && !e.supersededBy)!
    await store.flush()
    const made = await backup()
    const doc = `ledger-${entry.period.slice(0, 4)}.json`
    // As an insider with the key could: the manifest's hashes and the seal made to match.
    await resealed(made, t.f.secrets, (bytes) => {
      const { manifest, files, extras } = openArchive(bytes)
      const parsed = JSON.parse(Buffer.from(files.get(doc)!).toString('utf8'))
      parsed.data.ledger[entry.id].amountFen = 1
      files.set(doc, Buffer.from(serializeDoc({ seq: parsed.seq, data: parsed.data }), 'utf8'))
      return buildArchive(
        files,
        { createdAt: manifest.createdAt, automatic: manifest.automatic },
        [...extras].map(([path, data]) => ({ path, data })),
      ).bytes
    })
    return { made, entry }
  }

  it('a published amount changed in its document (journal untouched) is refused, naming it', async () => {
    const { made, entry } = await editedPublishedLine()
    await expectNothingChanged(
      restore(made.path),
      `备份中的账目（编号 ${entry.id}）与变更日志记载的不一致`,
    )
    expect(t.f.store().get('ledger', entry.id)?.amountFen).toBe(entry.amountFen)
  })

  it('an untouched backup taken while documents lag the journal still restores', async () => {
    const notice = t.f.store().all('notices')[0]!
    const id = notice.id
    // Committed, documents written later: the journal has a line the documents may not yet.
    await t.f.store().commit({
      actor: null,
      action: 'test.change',
      entity: 'notices',
      id,
      puts: [{ coll: 'notices', id, value: { ...notice, title: '备份前刚做的修改' } }],
    })
    const made = await backup()
    await expect(restore(made.path)).resolves.toMatchObject({ journalSeq: made.journalSeq })
    expect(t.f.store().get('notices', id)).toMatchObject({ title: '备份前刚做的修改' })
  })
})

describe('a restore that fails at the switch leaves the folder as it was', () => {
  it('the staged journal gone before it is moved in: refused, no dated folder left', async () => {
    const made = await backup()
    const dir = t.f.dataDir
    const work = restoreBackup({
      archivePath: made.path,
      now: new Date(NOW.getTime() + 60_000),
      actor: null,
      hooks: {
        ...t.f.hooks,
        async swapStore(move) {
          const staging = (await readdir(dir)).find((n) => /^\.restore-\d/.test(n))!
          await rm(join(dir, staging, 'journal.jsonl'))
          return t.f.hooks.swapStore(move)
        },
      },
    })
    await expectNothingChanged(work, '恢复没有进行')
  })
})
