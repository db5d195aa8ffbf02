/**
 * What a restore proves before it swaps anything in: every record fits the contract's schema and
 * every attachment's content matches its name. A refusal says which, and changes nothing.
 */
import { createHash } from 'node:crypto'
import { mkdir, readdir, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { eachDemoFolder } from './each-folder'
import { dataFilesOf } from './folder'

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
