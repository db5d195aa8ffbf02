/**
 * A power cut mid-swap, before the new journal was in place, after something made the photo
 * folder (or a document) again in the data folder: the next start rolls the restore back, and
 * puts the old photos back beside the new one; what it cannot put back stays set aside, reported.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import {
  MARKER,
  recoverRestore,
} from '../../../../../../../electron/core/services/data/backup/restore-marker'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rollback-kept-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

/** The folder as a power cut left it: the old entries moved aside, the new journal staged. */
async function cutBeforeJournal() {
  const s = '20261125-093000'
  await writeFile(join(dir, 'journal.jsonl'), 'old journal\n')
  await mkdir(join(dir, `replaced-${s}`, 'attachments', 'thumbs'), { recursive: true })
  await writeFile(join(dir, `replaced-${s}`, 'journal.jsonl'), 'old journal\n')
  await writeFile(join(dir, `replaced-${s}`, 'attachments', 'old.png'), 'OLD PHOTO')
  await writeFile(join(dir, `replaced-${s}`, 'attachments', 'thumbs', 'old.jpg'), 'OLD THUMB')
  await writeFile(join(dir, `replaced-${s}`, 'notices.json'), 'old notices')
  await mkdir(join(dir, `.restore-${s}`))
  await writeFile(join(dir, `.restore-${s}`, 'journal.jsonl'), 'new journal\n')
  const marker = {
    id: s,
    staging: `.restore-${s}`,
    replaced: `replaced-${s}`,
    actor: null,
    record: {},
  }
  await writeFile(join(dir, MARKER), JSON.stringify(marker))
  return `replaced-${s}`
}

it('the old photos go back into a photo folder made again, beside the new one', async () => {
  const replaced = await cutBeforeJournal()
  await mkdir(join(dir, 'attachments'))
  await writeFile(join(dir, 'attachments', 'new.png'), 'NEW PHOTO')
  const r = await recoverRestore(dir)
  expect(r && 'rolledBack' in r).toBe(true)
  expect(await readFile(join(dir, 'attachments', 'old.png'), 'utf8')).toBe('OLD PHOTO')
  expect(await readFile(join(dir, 'attachments', 'new.png'), 'utf8')).toBe('NEW PHOTO')
  expect(await readFile(join(dir, 'attachments', 'thumbs', 'old.jpg'), 'utf8')).toBe('OLD THUMB')
  expect(await readFile(join(dir, 'notices.json'), 'utf8')).toBe('old notices')
  expect(await readFile(join(dir, 'journal.jsonl'), 'utf8')).toBe('old journal\n')
  expect((await readdir(dir)).sort()).toEqual(['attachments', 'journal.jsonl', 'notices.json'])
  expect(replaced).toMatch(/^replaced-/)
})

it('an old entry that cannot go back is kept in the set-aside folder and reported', async () => {
  const replaced = await cutBeforeJournal()
  await writeFile(join(dir, 'notices.json'), 'made during the swap')
  const r = await recoverRestore(dir)
  expect(r).toMatchObject({ kept: ['notices.json'] })
  expect(await readFile(join(dir, replaced, 'notices.json'), 'utf8')).toBe('old notices')
  expect(await readFile(join(dir, 'notices.json'), 'utf8')).toBe('made during the swap')
  expect(await readFile(join(dir, 'attachments', 'old.png'), 'utf8')).toBe('OLD PHOTO')
  expect((await readdir(dir)).filter((n) => n.startsWith('.restore'))).toEqual([])
})

it('an old entry the same, byte for byte, as the one in place is not reported as kept', async () => {
  const replaced = await cutBeforeJournal()
  // The store wrote its documents again from the same journal, and a photo came back the same.
  await writeFile(join(dir, 'notices.json'), 'old notices')
  await mkdir(join(dir, 'attachments'))
  await writeFile(join(dir, 'attachments', 'old.png'), 'OLD PHOTO')
  await mkdir(join(dir, 'attachments', 'thumbs'))
  await writeFile(join(dir, 'attachments', 'thumbs', 'old.jpg'), 'NOT THE OLD THUMB')
  const r = await recoverRestore(dir)
  expect(r).toMatchObject({ kept: ['attachments/thumbs/old.jpg'] })
  // What differs stays set aside; the same bytes are in place, so only that one is kept.
  expect(await readFile(join(dir, replaced, 'attachments', 'thumbs', 'old.jpg'), 'utf8')).toBe(
    'OLD THUMB',
  )
  expect(await readFile(join(dir, 'notices.json'), 'utf8')).toBe('old notices')
  expect(await readFile(join(dir, 'attachments', 'old.png'), 'utf8')).toBe('OLD PHOTO')
})

it('old entries all the same as the ones in place: nothing kept, no set-aside folder left', async () => {
  const replaced = await cutBeforeJournal()
  await writeFile(join(dir, 'notices.json'), 'old notices')
  const r = await recoverRestore(dir)
  expect(r).toEqual({ rolledBack: expect.objectContaining({ replaced }) })
  expect((await readdir(dir)).sort()).toEqual(['attachments', 'journal.jsonl', 'notices.json'])
})
