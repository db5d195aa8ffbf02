/**
 * One tamper trial (#12.4): copy the template, flip one byte inside a random complete journal
 * line, reopen the folder as the app does, and check that the public reads stop at the last
 * good line with the notice, the journal is kept byte-for-byte, and nothing starts empty.
 */
import { readdir, readFile, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { openCore, type Core } from '../../electron/core/core'
import { createRng } from '../../electron/core/demo/rng'
import { copyTemplate, CHILD_NOW, removeFolder } from './crash-template'

export interface TamperResult {
  seed: number
  /** The line changed (1-based), of how many. */
  line: number
  lines: number
  /** The core noticed, at exactly that line, and the public checkpoint carries the notice. */
  detected: boolean
  /** The journal is byte-for-byte as tampered, and a copy of it was kept aside. */
  evidenceKept: boolean
  /** Why the public reads are wrong (empty when they show the last good line exactly). */
  problems: string[]
}

/** What a villager's screens read; equal to a folder holding only the good lines. */
const PUBLIC_READS = ['home.summary', 'village.get', 'ledger.periods', 'settings.get'] as const

/** The notice flag aside (checked on its own), what each public read returns. */
async function publicReads(core: Core): Promise<unknown[]> {
  const out: unknown[] = []
  for (const m of [...PUBLIC_READS, 'system.checkpoint']) {
    const r = await core.invoke(m, {}, 'tamper-trial')
    out.push(JSON.parse(JSON.stringify(r), (k, v: unknown) => (k === 'halted' ? undefined : v)))
  }
  return out
}

/** Flips one byte of line `line` (never into a newline), so the line stays complete. */
function flipByte(buf: Buffer, line: number, rng: ReturnType<typeof createRng>): Buffer {
  let start = 0
  for (let i = 1; i < line; i++) start = buf.indexOf(10, start) + 1
  const end = buf.indexOf(10, start)
  const out = Buffer.from(buf)
  const at = rng.int(start, end - 1)
  let to = out[at]!
  while (to === out[at] || to === 10) to = rng.int(0, 255)
  out[at] = to
  return out
}

/** The folder a correct kiosk would show: only the journal's first `good` lines, no documents. */
async function referenceFolder(template: string, journal: Buffer, good: number): Promise<string> {
  const dir = await copyTemplate(template)
  for (const n of await readdir(dir)) if (n !== 'attachments') await unlink(join(dir, n))
  let end = 0
  for (let i = 0; i < good; i++) end = journal.indexOf(10, end) + 1
  await writeFile(join(dir, 'journal.jsonl'), journal.subarray(0, end))
  return dir
}

/** A trial for a seed: which line and which byte are drawn from it. */
export async function runTamperTrial(template: string, seed: number): Promise<TamperResult> {
  const rng = createRng(`tamper-trial/${seed}`)
  const dir = await copyTemplate(template)
  const now = () => new Date(CHILD_NOW)
  let reference = ''
  try {
    const path = join(dir, 'journal.jsonl')
    const original = await readFile(path)
    const lines = original.toString('latin1').split('\n').length - 1
    const line = rng.int(1, lines)
    const tampered = flipByte(original, line, rng)
    await writeFile(path, tampered)

    const core = await openCore({ dir, now, demo: true })
    const problems: string[] = []
    let detected = false
    try {
      const halt = core.store.halted()
      const head = await core.invoke('system.checkpoint', {}, 'tamper-trial')
      const notice = head.ok && (head.data as { halted?: boolean; seq: number })
      detected = halt?.line === line && halt.seq === line - 1 && !!notice && notice.halted === true
      if (!detected) problems.push(`没有停在第 ${line - 1} 条：${JSON.stringify(halt)}`)
      const saved = await core.store
        .commit({ actor: null, action: 'tamper.try', entity: 'notices', id: 'x', puts: [] })
        .then(() => true)
        .catch(() => false)
      if (saved) problems.push('核验未通过时仍然接受了保存')
      reference = await referenceFolder(template, original, line - 1)
      const good = await openCore({ dir: reference, now, demo: false })
      try {
        const [want, got] = [await publicReads(good), await publicReads(core)]
        PUBLIC_READS.forEach((m, i) => {
          if (!isDeepStrictEqual(got[i], want[i])) problems.push(`${m} 与第 ${line - 1} 条时不同`)
        })
        if (!isDeepStrictEqual(got.at(-1), want.at(-1))) problems.push('核验码不是最后一条好记录')
      } finally {
        await good.close()
      }
      if (core.store.head().seq !== line - 1) problems.push('重新打开后从空白开始或多出了记录')
    } finally {
      await core.close()
    }
    const kept = await readFile(path)
    const copies = (await readdir(dir)).filter((n) => n.startsWith('journal.jsonl.bad-'))
    const copy = copies.length === 1 ? await readFile(join(dir, copies[0]!)) : null
    const evidenceKept = kept.equals(tampered) && !!copy && copy.equals(tampered)
    return { seed, line, lines, detected, evidenceKept, problems }
  } finally {
    await removeFolder(dir)
    if (reference) await removeFolder(reference)
  }
}
