/**
 * A power cut mid-write leaves the temp copy (`.<name>.tmp`) of a file core was writing: a photo
 * being added or carried back by a restore, a document, a count, the clock mark. The next start
 * removes exactly those, and leaves every other file in the data folder as it was, byte for byte.
 */
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { openCore } from '../../../../electron/core/core'
import { removeTempDir } from '../../temp-dir'

const NOW = new Date('2026-12-07T02:00:00Z')
let dir: string
/** The folder a batch of voucher photos is put aside in before it is attached. */
const BATCH = '.photo-batch-5b0a0c1f-2d3e-4f50-8a6b-7c8d9e0f1a2b'

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-stray-temps-'))
})
afterEach(() => removeTempDir(dir))

const open = () => openCore({ dir, now: () => NOW, demo: true, demoYears: 1, demoScale: 0.2 })

/** Every file under the folder (sub-folders too), by its path, with its bytes. */
async function everyFile(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  for (const e of await readdir(root, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue
    const full = join(e.parentPath, e.name)
    out.set(relative(root, full), (await readFile(full)).toString('base64'))
  }
  return out
}

it('the temp copies a power cut left are gone after a start; every other file is unchanged', async () => {
  await (await open()).close()
  const photo = (await readdir(join(dir, 'attachments'))).find((n) => /^[a-f0-9]{64}\./.test(n))!
  const sha = photo.slice(0, 64)
  const strays = [
    // An answer photo and its preview carried back by a restore, each cut off mid-copy.
    `attachments/.${photo}.tmp`,
    `attachments/thumbs/.${sha}.jpg.tmp`,
    `attachments/.${'c'.repeat(64)}.png.tmp`,
    '.notices.json.tmp',
    '.ledger-2026.json.tmp',
    '.journal.mark.tmp',
    '..receipt-tries.json.tmp',
    '..pin-tries.json.tmp',
    '..clock-seen.json.tmp',
    '..restore-marker.json.tmp',
    'township/.seen.json.tmp',
    'township/.files-4.json.tmp',
    // A damaged seen.json the system would not move aside, cut off while being copied aside.
    'township/.seen-damaged-2026-12-07T01-00-00-000Z.json.tmp',
    // A 全部添加 of voucher photos cut off while its photos were being put aside, one by one.
    `${BATCH}/${'d'.repeat(64)}.jpg`,
    `${BATCH}/${'e'.repeat(64)}.png`,
  ]
  // Not temp copies of anything core writes there: not ours to remove.
  const others = [
    'notices.json.tmp',
    '.notes.txt.tmp',
    '.tmp',
    '..tmp',
    '.notices.json.tmp.bak',
    'journal.jsonl.bad-line3-0123456789ab',
    'attachments/.readme.txt.tmp',
    `attachments/.${sha}.jpg.tmp.keep`,
    `attachments/thumbs/.${sha}.png.tmp`,
    'attachments/thumbs/.notices.json.tmp',
    'replaced-20261201-010203/.notices.json.tmp',
    `replaced-20261201-010203/attachments/.${photo}.tmp`,
    'demo-backup-1/.notices.json.tmp',
    'township/.notices.json.tmp',
    'township/archive/.seen.json.tmp',
    'township/.seen-damaged-2026-12-07T01-00-00-000Z.json.tmp.keep',
    'township/.seen-damaged-yesterday.json.tmp',
    'township/.seen-damaged-2026-12-07T01-00-00-000Z.json.bak.tmp',
    'other/.notices.json.tmp',
    // Not a batch of ours by its name, or not a photo of one.
    `.photo-batch-1234/${'d'.repeat(64)}.jpg`,
    `attachments/${BATCH}/${'d'.repeat(64)}.jpg`,
    `${BATCH.replace('0c1f', '0c2f')}/notes.txt`,
  ]
  for (const p of [...strays, ...others]) {
    await mkdir(join(dir, p, '..'), { recursive: true })
    await writeFile(join(dir, p), `part of ${p}`)
  }
  // A folder with a temp's name is not a file core wrote.
  await mkdir(join(dir, '.settings.json.tmp'))
  await writeFile(join(dir, '.settings.json.tmp', 'inside'), 'kept')
  const before = await everyFile(dir)

  const core = await open()
  await core.close()

  const after = await everyFile(dir)
  for (const p of strays) expect(after.has(p), p).toBe(false)
  expect(existsSync(join(dir, BATCH))).toBe(false)
  const kept = new Map([...before].filter(([p]) => !strays.includes(p)))
  expect(after).toEqual(kept)
})
