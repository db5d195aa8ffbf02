/**
 * Reading a live data folder for a backup without stopping the kiosk: documents are replaced by
 * rename (never half-written) and the journal only grows, so a read is consistent when every
 * document's seq is within the journal read before it and the journal's last line is whole.
 * Otherwise a commit ran in between, and the read is simply taken again. Attachments are only
 * listed: they never change once written (named by their hash) and are streamed later.
 */
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { errorCode } from '../../../store/fs-safe'
import { DOCUMENT_NAME, isDataPath } from './data-paths'
import { JOURNAL, checkJournal, BackupProblem } from './manifest'

const ATTACHMENTS = 'attachments'
const THUMBS = 'thumbs'

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isFile() && (entry.name === JOURNAL || DOCUMENT_NAME.test(entry.name)))
      out.push(entry.name)
    if (entry.isDirectory() && entry.name === ATTACHMENTS) {
      for (const a of await readdir(join(dir, ATTACHMENTS), { withFileTypes: true })) {
        const path = `${ATTACHMENTS}/${a.name}`
        if (a.isFile() && isDataPath(path)) out.push(path)
        // Thumbnails were made once by the screen that picked the photo: keep them too.
        if (a.isDirectory() && a.name === THUMBS) {
          for (const t of await readdir(join(dir, ATTACHMENTS, THUMBS), { withFileTypes: true })) {
            const thumb = `${ATTACHMENTS}/${THUMBS}/${t.name}`
            if (t.isFile() && isDataPath(thumb)) out.push(thumb)
          }
        }
      }
    }
  }
  return out.sort()
}

function docSeq(bytes: Uint8Array): number {
  const m = /^\{"schemaVersion":1,"seq":(\d+),/.exec(
    Buffer.from(bytes.subarray(0, 64)).toString('latin1'),
  )
  return m ? Number(m[1]) : -1
}

/** The journal and documents (bytes) and the attachment files (paths) of one read. */
export interface Collected {
  files: Map<string, Uint8Array>
  attachments: string[]
}

async function readOnce(dir: string): Promise<Collected | null> {
  const files = new Map<string, Uint8Array>()
  const attachments: string[] = []
  // The journal first: documents read after it may only be behind it, never ahead.
  const journal = await readFile(join(dir, JOURNAL)).catch((e: unknown) => {
    if (errorCode(e) === 'ENOENT')
      throw new BackupProblem('数据文件夹里没有变更日志，无法备份', JOURNAL)
    throw e
  })
  let head: number
  try {
    head = checkJournal(journal).seq
  } catch {
    return null
  }
  files.set(JOURNAL, journal)
  for (const path of await listFiles(dir)) {
    if (path === JOURNAL) continue
    if (path.startsWith(`${ATTACHMENTS}/`)) {
      attachments.push(path)
      continue
    }
    try {
      const bytes = await readFile(join(dir, path))
      if (!path.includes('/') && docSeq(bytes) > head) return null
      files.set(path, bytes)
    } catch (e) {
      if (errorCode(e) === 'ENOENT') return null
      throw e
    }
  }
  return { files, attachments }
}

/** Every data file of the folder at one journal head; tries a few times while commits run. */
export async function collectDataFiles(dir: string, attempts = 5): Promise<Collected> {
  for (let i = 0; i < attempts; i++) {
    const files = await readOnce(dir)
    if (files) return files
    await new Promise((resolve) => setTimeout(resolve, 50 * (i + 1)))
  }
  // Still inconsistent: the journal itself is broken, which a backup must not hide.
  const journal = await readFile(join(dir, JOURNAL))
  checkJournal(journal)
  throw new BackupProblem('数据一直在变动，暂时无法取得完整的备份，请稍后重试')
}
