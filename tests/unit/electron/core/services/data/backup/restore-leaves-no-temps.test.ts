/**
 * A restore in the middle of a session reopens the store without the start's sweep of temp
 * copies (stray-temps.ts): it needs none. Every temp copy a failed write left in the data folder
 * goes aside with the data it replaces (kept, dated), the restored files are written whole without
 * temp copies, and its own marker's temp is renamed into place. Only the kiosk's own counts and
 * clock mark stay, with their temps: their writers run on through the restore, and removing a
 * temp under a running writer would make its write fail.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { eachDemoFolder } from './each-folder'

const t = eachDemoFolder({ id: 'u-admin', name: '张德明' })

it('after a restore, no temp copy of a file core writes is left where the records live', async () => {
  const made = await t.backup()
  const photo = `${'a'.repeat(64)}.jpg`
  const leftovers = [
    '.notices.json.tmp',
    '.journal.mark.tmp',
    '..restore-marker.json.tmp',
    `attachments/.${photo}.tmp`,
    `attachments/thumbs/.${'a'.repeat(64)}.jpg.tmp`,
    'township/.seen.json.tmp',
  ]
  const running = ['..pin-tries.json.tmp', '..clock-seen.json.tmp']
  for (const p of [...leftovers, ...running]) {
    await mkdir(join(t.f.dataDir, p, '..'), { recursive: true })
    await writeFile(join(t.f.dataDir, p), 'half')
  }
  const done = await t.restore(made.path)
  const temps = (await readdir(t.f.dataDir, { recursive: true }))
    .map((p) => p.replace(/\\/g, '/'))
    .filter((p) => p.endsWith('.tmp'))
  const aside = `${done.replacedInto}/`
  expect(temps.filter((p) => !p.startsWith(aside)).sort()).toEqual(running.sort())
  // Kept with what they belonged to; the marker's temp was the restore's own, renamed into place.
  const setAside = leftovers.filter((p) => p !== '..restore-marker.json.tmp').map((p) => aside + p)
  expect(temps.filter((p) => p.startsWith(aside)).sort()).toEqual(setAside.sort())
})
