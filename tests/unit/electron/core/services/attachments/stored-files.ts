/** What the attachment tests read back from a data folder. */
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

/** Every file under `dir`'s attachments folder, sorted, so a refusal can be shown to write nothing. */
export function storedFiles(dir: string): string[] {
  const root = join(dir, 'attachments')
  if (!existsSync(root)) return []
  return readdirSync(root, { recursive: true }).map(String).sort()
}
