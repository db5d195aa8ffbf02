/** Helpers for tests that look under an archive's seal, as only the key's owner could. */
import { readFile, unlink } from 'node:fs/promises'
import { expect } from 'vitest'
import type { BackupSummary } from '../../../../../../../contract/schemas/data-backup'
import type { Secrets } from '../../../../../../../electron/core/secrets'
import { readHeader } from '../../../../../../../electron/core/services/data/backup/archive'
import {
  openSealed,
  writeSealed,
} from '../../../../../../../electron/core/services/data/backup/seal'
import { dataFilesOf } from './folder'

/** The archive's inner tar, unsealed with this machine's key. */
export async function innerOf(path: string, secrets: Secrets): Promise<Buffer> {
  const key = (await secrets.archiveKey())!.key
  const parts: Buffer[] = []
  for await (const b of openSealed(path, key)) parts.push(b)
  return Buffer.concat(parts)
}

/** Re-seals an archive after changing its inner tar: the seal is whole, the content is not. */
export async function resealed(
  made: BackupSummary,
  secrets: Secrets,
  mutate: (bytes: Buffer, text: string) => Buffer | void,
): Promise<string> {
  const original = await innerOf(made.path, secrets)
  const inner = mutate(original, original.toString('latin1')) ?? original
  const header = await readHeader(made.path)
  await unlink(made.path)
  const key = (await secrets.archiveKey())!.key
  await writeSealed(
    made.path,
    header,
    key,
    (async function* () {
      yield inner
    })(),
  )
  return made.path
}

/**
 * The data folder holds the backup's files byte for byte, plus the restore's own record: one more
 * journal line (action backup.restore) and the restores document.
 */
export async function sameAsBefore(dir: string, before: Record<string, string>): Promise<void> {
  const now = await dataFilesOf(dir)
  const { 'journal.jsonl': journal, 'restores.json': restores, ...docs } = now
  const { 'journal.jsonl': oldJournal, ...oldDocs } = before
  expect(docs).toEqual(oldDocs)
  expect(restores).toBeDefined()
  const text = Buffer.from(journal!, 'base64').toString('utf8')
  const old = Buffer.from(oldJournal!, 'base64').toString('utf8')
  expect(text.startsWith(old)).toBe(true)
  const added = text.slice(old.length).trim().split('\n')
  expect(added).toHaveLength(1)
  expect(JSON.parse(added[0]!)).toMatchObject({ action: 'backup.restore', entity: 'restores' })
  expect(await readFile(`${dir}/journal.jsonl`, 'utf8')).toBe(text)
}
