/**
 * The 乡镇汇总 console's data: every village folder of the inbox checked, problems first, with
 * what this console saw before kept beside it (seen.json and first-seen copies) as evidence.
 */
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { TownshipOverview } from '../../../contract'
import { writeFileDurable } from '../store/fs-safe'
import { villageDay } from '../services/questions/deadline'
import { checkFolder, type Seen } from './inbox'
import { villageRow } from './village-row'

async function readSeen(file: string): Promise<Seen> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Seen
  } catch {
    return {}
  }
}

/** Reads the inbox (one sub-folder per village) and builds the console's view. */
export async function townshipOverview(
  inbox: string,
  stateDir: string,
  now: Date,
): Promise<TownshipOverview> {
  const today = villageDay(now)
  const seenFile = join(stateDir, 'seen.json')
  const seen = await readSeen(seenFile)
  const before = JSON.stringify(seen)
  const entries = await readdir(inbox, { withFileTypes: true }).catch(() => [])
  const folders = entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort()
  const checks = []
  for (const folder of folders) {
    const known = new Set(Object.keys(seen[folder] ?? {}))
    const check = await checkFolder(inbox, folder, seen)
    const fresh = check.chain.filter((g) => !known.has(String(g.pkg.seq)))
    if (fresh.length > 0) {
      const archive = join(stateDir, 'archive', folder)
      await mkdir(archive, { recursive: true })
      for (const g of fresh) {
        await copyFile(
          join(inbox, folder, g.file),
          join(archive, `${g.file.replace(/\.json$/, '')}-${g.sha256.slice(0, 12)}.json`),
        )
      }
    }
    checks.push(check)
  }
  if (JSON.stringify(seen) !== before) {
    await mkdir(stateDir, { recursive: true })
    await writeFileDurable(seenFile, JSON.stringify(seen))
  }
  const villages = checks.map((c) => villageRow(c, today))
  villages.sort(
    (a, b) =>
      Number(a.ok) - Number(b.ok) ||
      Number(b.overdue) - Number(a.overdue) ||
      a.name.localeCompare(b.name, 'zh-CN'),
  )
  return { today, inbox, problems: checks.flatMap((c) => c.problems), villages }
}
