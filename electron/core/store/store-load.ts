/** Finding and reading the document files of a data folder, one Low per file. */
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import type { StorageAlert } from '../../../contract'
import { DurableAdapter, type DocData } from './durable-adapter'

/** `ledger-2025.json` is a document; `ledger-2025.1.json` a generation of it; dotfiles are temp. */
const DOCUMENT = /^([a-z][A-Za-z]{0,40}(?:-\d{4})?)(?:\.\d+)?\.json$/

/** Document names in the folder, including ones only a generation is left of. */
export async function listDocuments(dir: string): Promise<string[]> {
  const names = new Set<string>()
  for (const entry of await readdir(dir)) {
    const m = DOCUMENT.exec(entry)
    if (m?.[1]) names.add(m[1])
  }
  return [...names].sort()
}

export interface LowFactoryOptions {
  dir: string
  generations: number
  now: () => Date
  onAlert: (alert: StorageAlert) => void
}

/** Creates the single Low instance of a document file (callers keep it in a map). */
export function createLow(file: string, o: LowFactoryOptions): Low<DocData> {
  const adapter = new DurableAdapter(join(o.dir, `${file}.json`), {
    generations: o.generations,
    now: o.now,
    onAlert: o.onAlert,
  })
  return new Low<DocData>(adapter, { seq: 0, data: {} })
}

export interface Loaded {
  lows: Map<string, Low<DocData>>
  /** Seq each readable document was at (the journal replays what is newer). */
  seqs: Map<string, number>
  /** Documents that could neither be read nor restored from a generation. */
  broken: Map<string, string>
  /** Documents left unread for now (older years' ledgers, see read-later.ts). */
  skipped: string[]
}

/**
 * Reads every document but those `skip` leaves for later; an unreadable one is reported in
 * `broken`, its file left as it is.
 */
export async function loadDocuments(
  o: LowFactoryOptions,
  skip: (file: string) => boolean = () => false,
): Promise<Loaded> {
  const loaded: Loaded = { lows: new Map(), seqs: new Map(), broken: new Map(), skipped: [] }
  const files = await listDocuments(o.dir)
  await Promise.all(
    files.map(async (file) => {
      loaded.lows.set(file, createLow(file, o))
      if (skip(file)) loaded.skipped.push(file)
      else await readDocument(loaded, file)
    }),
  )
  return loaded
}

/** Reads one document whose Low is in `loaded` (an unreadable one goes to `broken`). */
export async function readDocument(loaded: Loaded, file: string): Promise<void> {
  const low = loaded.lows.get(file)
  if (!low) throw new Error(`store: 没有打开文件 ${file}.json`)
  try {
    await low.read()
    loaded.seqs.set(file, low.data.seq)
  } catch (err) {
    loaded.broken.set(file, err instanceof Error ? err.message : String(err))
  }
}
