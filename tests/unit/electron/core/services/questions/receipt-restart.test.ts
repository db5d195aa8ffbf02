/**
 * A restart (a power cut, or the plug pulled on purpose) must not give a receipt guesser a fresh
 * start: the wrong-receipt waits of each screen are kept in the data folder, not only in memory.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { openCore, type Core } from '../../../../../../electron/core/core'

let dir: string
let now: Date
let core: Core

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-receipt-restart-'))
  now = new Date('2026-12-07T02:00:00Z')
  core = await openCore({ dir, now: () => now })
})
afterEach(async () => {
  await core.close()
  await rm(dir, { recursive: true, force: true })
})

const look = async (receipt: string, caller = 'wc:1/0') => {
  const r = await core.invoke('questions.byReceipt', { receipt }, caller)
  return r.ok ? 'ok' : r.error.code
}
const waitOf = async (caller = 'wc:1/0') => {
  const r = await core.invoke('questions.receiptWait', {}, caller)
  if (!r.ok) throw new Error(r.error.message)
  return (r.data as { seconds: number }).seconds
}
const restart = async () => {
  await core.close()
  core = await openCore({ dir, now: () => now })
}

it('the wait a screen earned with wrong receipts is still there after a restart, and still grows', async () => {
  for (let i = 0; i < 6; i++) expect(await look(String(20_000_000 + i))).toBe('NOT_FOUND')
  expect(await waitOf()).toBe(5)
  now = new Date(now.getTime() + 2_000)
  await restart()
  // The same screen (a new page after the restart) still waits what was left of its 5 s.
  expect(await waitOf('wc:1/0')).toBe(3)
  expect(await look('20000099', 'wc:1/0')).toBe('RATE_LIMITED')
  expect(await waitOf('wc:2/0')).toBe(0)
  now = new Date(now.getTime() + 3_000)
  expect(await look('20000100')).toBe('NOT_FOUND')
  // The seventh wrong receipt waits 10 s, as it would have without the restart.
  expect(await waitOf()).toBe(10)
})

it('a day without a wrong receipt is forgotten across a restart too', async () => {
  for (let i = 0; i < 6; i++) await look(String(20_000_000 + i))
  now = new Date(now.getTime() + 24 * 60 * 60_000)
  await restart()
  expect(await waitOf()).toBe(0)
  expect(await look('20000007')).toBe('NOT_FOUND')
  expect(await waitOf()).toBe(0)
})

it('a kept-counts file that cannot be read does not stop the kiosk: it starts from nothing', async () => {
  for (let i = 0; i < 6; i++) await look(String(20_000_000 + i))
  await core.close()
  const file = join(dir, '.receipt-tries.json')
  expect(JSON.parse(await readFile(file, 'utf8'))).toBeTruthy()
  for (const bad of ['{"wc:1":', '[["wc:1",{"count":"many","lastAt":1}]]', '[1,2,3]']) {
    await writeFile(file, bad)
    core = await openCore({ dir, now: () => now })
    expect(await waitOf()).toBe(0)
    expect(await look('20000009')).toBe('NOT_FOUND')
    await core.close()
  }
  core = await openCore({ dir, now: () => now })
})
