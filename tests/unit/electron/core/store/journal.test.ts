import {
  appendFile,
  mkdtemp,
  open,
  type FileHandle,
  readdir,
  readFile,
  rm,
  writeFile,
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { StorageAlert } from '../../../../../contract'
import { Journal, readHistory } from '../../../../../electron/core/store/journal'
import { entryHash, makeEntry } from '../../../../../electron/core/store/journal-format'
import { verifyJournal } from '../../../../../electron/core/store/journal-scan'
import type { JournalEntry } from '../../../../../electron/core/store/types'

let dir: string
let file: string
let alerts: StorageAlert[]

const fields = (n: number) => ({
  at: `2026-03-0${n}T08:00:00.000Z`,
  actor: { id: 'u1', name: 'Zhang San' },
  action: 'ledger.save',
  entity: 'ledger',
  id: `e${n}`,
  data: {
    puts: [
      {
        file: 'ledger-2026',
        coll: 'ledger' as const,
        id: `e${n}`,
        value: { summary: `cement ${n}` },
      },
    ],
  },
})

async function openJournal(protectSeq = 0, seen: number[] = []): Promise<Journal> {
  return Journal.open(dir, {
    onAlert: (a) => alerts.push(a),
    onEntry: (e) => seen.push(e.seq),
    protectSeq,
  })
}

async function writeEntries(n: number): Promise<JournalEntry[]> {
  const j = await openJournal()
  const out: JournalEntry[] = []
  for (let i = 1; i <= n; i++) out.push(await j.append(fields(i)))
  await j.close()
  return out
}

/** Replaces one character of one line (1-based), at the first occurrence of `near` plus offset. */
async function changeByte(line: number, near: string, offset = 0, to?: string): Promise<void> {
  const lines = (await readFile(file, 'utf8')).split('\n')
  const text = lines[line - 1] ?? ''
  const at = text.indexOf(near) + offset
  expect(at).toBeGreaterThanOrEqual(offset)
  const old = text[at] ?? ''
  const replacement = to ?? (old === 'a' ? 'b' : /[0-9a-f]/.test(old) ? 'a' : 'x')
  lines[line - 1] = text.slice(0, at) + replacement + text.slice(at + 1)
  await writeFile(file, lines.join('\n'))
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'journal-'))
  file = join(dir, 'journal.jsonl')
  alerts = []
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('journal', () => {
  it('chains entries: hash of the canonical body, prev of the one before, compact lines', async () => {
    const entries = await writeEntries(3)
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3])
    expect(entries[0]?.prev).toBe('')
    expect(entries[1]?.prev).toBe(entries[0]?.hash)
    for (const { hash, ...body } of entries) expect(hash).toBe(entryHash(body))
    const lines = (await readFile(file, 'utf8')).split('\n')
    expect(lines).toHaveLength(4)
    expect(lines[3]).toBe('')
    expect(lines.map((l) => l && (JSON.parse(l) as JournalEntry))).toEqual([...entries, ''])
    const report = await verifyJournal(dir)
    expect(report).toEqual({
      ok: true,
      entries: 3,
      head: { seq: 3, hash: entries[2]?.hash.slice(0, 16), at: '2026-03-03T08:00:00.000Z' },
    })
  })

  it.each([
    ['a letter in the data', 'cement', 2, undefined],
    ['a letter in the actor', 'Zhang', 1, undefined],
    ['a digit of prev', '"prev":"', 20, undefined],
    ['a digit of the hash', '"hash":"', 9, undefined],
    ['the time', 'T08', 1, '9'],
    ['the seq', '"seq":', 6, '7'],
    ['the opening brace', '{', 0, '['],
  ])('detects a one-byte change in %s of entry 3', async (_what, near, offset, to) => {
    await writeEntries(5)
    await changeByte(3, near, offset, to)
    const report = await verifyJournal(join(dir, 'journal.jsonl'))
    expect(report.ok).toBe(false)
    expect(report.entries).toBe(5)
    expect(report.firstBad).toMatchObject({ seq: 3, line: 3 })
    expect(report.firstBad?.reason).toContain('第 3 行')
  })

  it('detects a missing entry and a seq gap', async () => {
    await writeEntries(5)
    const lines = (await readFile(file, 'utf8')).split('\n')
    await writeFile(file, [...lines.slice(0, 2), ...lines.slice(3)].join('\n'))
    const report = await verifyJournal(dir)
    expect(report.firstBad).toMatchObject({ seq: 4, line: 3 })
    expect(report.firstBad?.reason).toContain('序号应为 3')
  })

  it('detects a seq gap even when hashes and links are intact', async () => {
    const entries = await writeEntries(2)
    const skip = makeEntry({ seq: 3, hash: entries[1]?.hash ?? '', at: '' }, fields(4))
    await appendFile(file, `${skip.line}\n`)
    const report = await verifyJournal(dir)
    expect(report).toMatchObject({ ok: false, entries: 3, head: { seq: 4 } })
    expect(report.firstBad).toMatchObject({ seq: 4, line: 3 })
  })

  it('detects an entry rewritten with a fresh hash by its broken link to the next one', async () => {
    const entries = await writeEntries(4)
    const lines = (await readFile(file, 'utf8')).split('\n')
    const head1 = { seq: 1, hash: entries[0]?.hash ?? '', at: '' }
    lines[1] = makeEntry(head1, { ...fields(2), data: { puts: [] } }).line
    await writeFile(file, lines.join('\n'))
    const report = await verifyJournal(dir)
    expect(report.firstBad).toMatchObject({ seq: 3, line: 3 })
    expect(report.firstBad?.reason).toContain('链接断开')
  })

  it('fsyncs each line before append resolves', async () => {
    const j = await openJournal()
    const probe = await open(join(dir, 'probe'), 'w')
    const sync = vi.spyOn(Object.getPrototypeOf(probe) as FileHandle, 'sync')
    await probe.close()
    try {
      await j.append(fields(1))
      expect(sync).toHaveBeenCalledTimes(1)
    } finally {
      sync.mockRestore()
      await j.close()
    }
  })

  it('trims a torn last line on open, reports it, and keeps the entries before it', async () => {
    const entries = await writeEntries(3)
    const good = await readFile(file)
    const torn = makeEntry({ seq: 3, hash: entries[2]?.hash ?? '', at: '' }, fields(4)).line
    await appendFile(file, torn.slice(0, 40))
    const seen: number[] = []
    const j = await openJournal(0, seen)
    expect(seen).toEqual([1, 2, 3])
    expect(await readFile(file)).toEqual(good)
    expect(alerts).toHaveLength(1)
    expect(alerts[0]).toMatchObject({ level: 'warning', file: 'journal.jsonl' })
    const next = await j.append(fields(4))
    await j.close()
    expect(next).toMatchObject({ seq: 4, prev: entries[2]?.hash })
    expect(await verifyJournal(dir)).toMatchObject({ ok: true, entries: 4 })
  })

  it('trims a zero-filled tail left by a power cut', async () => {
    await writeEntries(2)
    await appendFile(file, Buffer.alloc(300))
    const j = await openJournal()
    expect(j.head.seq).toBe(2)
    await j.close()
    expect(await verifyJournal(dir)).toMatchObject({ ok: true, entries: 2 })
  })

  it.each([
    ['documents already hold it', 3],
    ['documents do not hold it yet', 2],
  ])(
    'never trims a complete last line with a bad hash (%s): stops before it, file kept byte for byte',
    async (_what, protectSeq) => {
      await writeEntries(3)
      await changeByte(3, 'cement', 1)
      const damaged = await readFile(file)
      const seen: number[] = []
      const j = await openJournal(protectSeq, seen)
      expect(seen).toEqual([1, 2])
      expect(j.head.seq).toBe(2)
      expect(j.halt).toMatchObject({ seq: 2, line: 3 })
      await expect(j.append(fields(4))).rejects.toThrow('已停在第 2 条')
      await j.close()
      expect(await readFile(file)).toEqual(damaged)
      expect(await readFile(join(dir, j.halt?.evidence ?? 'none'))).toEqual(damaged)
      expect(alerts).toHaveLength(1)
      expect(alerts[0]).toMatchObject({ level: 'error', file: 'journal.jsonl' })
      expect(alerts[0]?.message).toContain('第 3 行')
      expect(alerts[0]?.message).toContain('已停在第 2 条')
    },
  )

  it('stops replay at a bad line in the middle, keeps the file and copies it aside once', async () => {
    await writeEntries(4)
    await changeByte(2, 'cement', 0)
    const before = await readFile(file)
    const seen: number[] = []
    const j = await openJournal(0, seen)
    await j.close()
    expect(seen).toEqual([1])
    expect(j.head.seq).toBe(1)
    expect(await readFile(file)).toEqual(before)
    expect(alerts).toHaveLength(1)
    expect(alerts[0]?.message).toContain('已停在第 1 条')
    expect((await verifyJournal(dir)).firstBad).toMatchObject({ seq: 2, line: 2 })
    await (await openJournal(0)).close()
    const copies = (await readdir(dir)).filter((n) => n.startsWith('journal.jsonl.bad-'))
    expect(copies).toEqual([j.halt?.evidence])
  })

  it('stops at an unreadable middle line and reports the seq it should have had', async () => {
    await writeEntries(4)
    await changeByte(2, '{', 0, 'x')
    const seen: number[] = []
    const j = await openJournal(0, seen)
    await j.close()
    expect(seen).toEqual([1])
    expect(j.halt).toMatchObject({ seq: 1, line: 2 })
    expect((await verifyJournal(dir)).firstBad).toMatchObject({ seq: 2, line: 2 })
  })

  it('leaves a torn tail in place when an earlier complete line is bad (evidence first)', async () => {
    const entries = await writeEntries(3)
    await changeByte(2, 'cement', 1)
    const torn = makeEntry({ seq: 3, hash: entries[2]?.hash ?? '', at: '' }, fields(4)).line
    await appendFile(file, torn.slice(0, 40))
    const before = await readFile(file)
    const j = await openJournal()
    await j.close()
    expect(j.head.seq).toBe(1)
    expect(await readFile(file)).toEqual(before)
  })

  it('lists the history of one record, oldest first', async () => {
    await writeEntries(3)
    const j = await openJournal()
    await j.append({
      ...fields(5),
      id: 'e2',
      data: { puts: [{ ...fields(2).data.puts[0]!, value: null }] },
    })
    await j.close()
    const history = await readHistory(dir, 'ledger', 'e2')
    expect(history.map((e) => e.seq)).toEqual([2, 4])
    expect(history[1]?.data.puts[0]?.value).toBeNull()
  })

  it('verifies a missing journal as empty', async () => {
    expect(await verifyJournal(dir)).toEqual({
      ok: true,
      entries: 0,
      head: { seq: 0, hash: '', at: '' },
    })
  })
})
