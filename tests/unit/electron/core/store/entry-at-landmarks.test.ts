/**
 * readEntryAt remembers where every 1,024th line starts, so looking up a recent number on a long
 * journal does not count every line again; after the file is replaced (a restore) or its lines
 * moved, the remembered places lead nowhere and the look starts again from the top.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { readEntryAt } from '../../../../../electron/core/store/journal'
import { EMPTY_HEAD, makeEntry } from '../../../../../electron/core/store/journal-format'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'entry-at-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

/** A journal of `n` entries whose ids carry `word`; the entries' hashes by seq. */
async function writeJournal(n: number, word: string): Promise<string[]> {
  let head = EMPTY_HEAD
  const lines: string[] = []
  const hashes: string[] = ['']
  for (let i = 1; i <= n; i++) {
    const { entry, line } = makeEntry(head, {
      at: '2026-03-01T08:00:00.000Z',
      actor: null,
      action: 'ledger.save',
      entity: 'ledger',
      id: `${word}-${i}`,
      data: { puts: [] },
    })
    lines.push(line)
    hashes.push(entry.hash)
    head = { seq: entry.seq, hash: entry.hash, at: entry.at }
  }
  await writeFile(join(dir, 'journal.jsonl'), `${lines.join('\n')}\n`)
  return hashes
}

it('finds each number by its line, before and after the file is replaced', async () => {
  const first = await writeJournal(2_600, 'a')
  for (const seq of [2_500, 2_049, 1_025, 1_024, 7, 2_600]) {
    expect((await readEntryAt(dir, seq))?.hash, `seq ${seq}`).toBe(first[seq])
  }
  expect(await readEntryAt(dir, 2_601)).toBeNull()
  // Another journal in its place: longer lines, so every remembered place is off.
  const second = await writeJournal(2_600, 'a-much-longer-id-that-moves-every-line')
  for (const seq of [2_500, 1_025, 3, 2_050]) {
    expect((await readEntryAt(dir, seq))?.hash, `seq ${seq}`).toBe(second[seq])
  }
  // And a shorter one: the remembered places lie past its end.
  const third = await writeJournal(1_500, 'b')
  expect((await readEntryAt(dir, 1_400))?.hash).toBe(third[1_400])
  expect(await readEntryAt(dir, 2_500)).toBeNull()
})
