/** A power cut between the two files of a ledger line moved to another year. */
import { copyFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openStore } from '../../../../../electron/core/store'
import type { Change, Store } from '../../../../../electron/core/store'

let dir: string
let store: Store | undefined
const clock = () => new Date('2026-03-05T08:00:00.000Z')
const line = (date: string) => ({ id: 'a', date, summary: '买水泥', amountFen: 100 })
const put = (value: unknown): Change => ({
  actor: null,
  action: 'ledger.save',
  entity: 'ledger',
  id: 'a',
  puts: [{ coll: 'ledger', id: 'a', value }],
})
async function open(): Promise<Store> {
  await store?.close()
  store = await openStore({ dir, now: clock })
  return store
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'moved-line-'))
  store = undefined
})
afterEach(async () => {
  await store?.close()
  await rm(dir, { recursive: true, force: true })
})

describe('a line moved to an earlier year, cut off between its two files', () => {
  it('is found in its new year once the journal removes the stale copy', async () => {
    const s = await open()
    await s.commit(put(line('2019-05-01')))
    await s.flush()
    await copyFile(join(dir, 'ledger-2019.json'), join(dir, 'stale-2019'))
    await s.commit(put(line('2017-05-01')))
    await s.close()
    store = undefined
    // As if the new 2017 file was renamed into place but the 2019 one was not.
    await copyFile(join(dir, 'stale-2019'), join(dir, 'ledger-2019.json'))
    const again = await open()
    expect(again.get('ledger', 'a')).toEqual(line('2017-05-01'))
    expect(again.all('ledger')).toEqual([line('2017-05-01')])
  })
})
