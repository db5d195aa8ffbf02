/**
 * A restore (or leaving the demo) replaces the village's records, not what the kiosk itself has
 * counted: the wrong-PIN and wrong-receipt waits (and a write of them cut off half way) stay.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import {
  PIN_TRIES_FILE,
  RECEIPT_TRIES_FILE,
} from '../../../../../../../electron/core/api/screen-backoff-file'
import { moveIntoBackup } from '../../../../../../../electron/core/services/auth/leave-demo'
import { swapIn } from '../../../../../../../electron/core/services/data/backup/swap-in'
import { tempPath } from '../../../../../../../electron/core/store/fs-safe'

let root: string
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'swap-kept-'))
})
afterEach(() => rm(root, { recursive: true, force: true }))

it('the wrong-try counts stay where they are when a restore swaps the records in', async () => {
  const data = join(root, 'data')
  const staging = join(root, 'staging')
  await mkdir(data)
  await mkdir(staging)
  await writeFile(join(data, 'journal.jsonl'), 'old\n')
  await writeFile(join(data, 'notices.json'), 'old')
  const tries = join(data, RECEIPT_TRIES_FILE)
  await writeFile(tries, '[["wc:1",{"count":9,"lastAt":1}]]')
  await writeFile(tempPath(tries), '[["wc:1",{"count":10,"lastAt":2}]]')
  await writeFile(join(data, PIN_TRIES_FILE), '[]')
  await writeFile(join(staging, 'journal.jsonl'), 'new\n')
  await writeFile(join(staging, 'notices.json'), 'new')
  await swapIn(data, staging, 'replaced-1')
  expect(await readFile(tries, 'utf8')).toContain('"count":9')
  expect(await readFile(tempPath(tries), 'utf8')).toContain('"count":10')
  expect(await readFile(join(data, PIN_TRIES_FILE), 'utf8')).toBe('[]')
  expect(await readFile(join(data, 'notices.json'), 'utf8')).toBe('new')
  expect((await readdir(join(data, 'replaced-1'))).sort()).toEqual([
    'journal.jsonl',
    'notices.json',
  ])
})

it('leaving the demo moves its records aside, not the wrong-try counts', async () => {
  const data = join(root, 'data')
  await mkdir(data)
  await writeFile(join(data, 'journal.jsonl'), 'demo\n')
  await writeFile(join(data, RECEIPT_TRIES_FILE), '[["wc:1",{"count":9,"lastAt":1}]]')
  await writeFile(tempPath(join(data, PIN_TRIES_FILE)), '[]')
  await moveIntoBackup(data, 'demo-backup-1')
  expect((await readdir(data)).sort()).toEqual(
    ['..pin-tries.json.tmp', '.receipt-tries.json', 'demo-backup-1'].sort(),
  )
  expect(await readdir(join(data, 'demo-backup-1'))).toEqual(['journal.jsonl'])
})
