/**
 * Core writes whole files outside the data folder too: the secrets (archive key, PIN pepper) in
 * their own folder, and the signed packages in the township outbox. A power cut mid-write leaves
 * their temp copies there (`.<name>.tmp`); the next start removes exactly those, and leaves
 * every other file in those folders as it was, byte for byte (Syncthing's own temp files too).
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { openCore } from '../../../../electron/core/core'
import { publishMonth } from './township/village'

const NOW = new Date('2026-11-25T01:30:00Z')
let root: string
let dirs: { data: string; secrets: string; keyDir: string; outbox: string }

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'kiosk-stray-beside-'))
  dirs = {
    data: join(root, 'data'),
    secrets: join(root, 'data-secrets'),
    keyDir: join(root, 'signing'),
    outbox: join(root, 'township-outbox'),
  }
})
afterEach(() => rm(root, { recursive: true, force: true }))

const open = () =>
  openCore({
    dir: dirs.data,
    now: () => NOW,
    demo: true,
    demoYears: 1,
    demoScale: 0.2,
    secrets: { dir: dirs.secrets },
    signing: { keyDir: dirs.keyDir, outbox: dirs.outbox },
    recordsWatch: false,
  })

/** Every file under the folder (sub-folders too), by its path from `root`, with its bytes. */
async function everyFile(): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  for (const e of await readdir(root, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue
    const full = join(e.parentPath, e.name)
    out.set(relative(root, full), (await readFile(full)).toString('base64'))
  }
  return out
}

it('temp copies of the secrets and of packages are gone after a start; nothing else moved', async () => {
  const first = await open()
  await publishMonth(first, '2026-10', { summary: '办公用品' })
  await first.close()
  // The first open made the pepper, the key and a package: real folders, real names.
  expect(await readdir(dirs.secrets)).toContain('pepper.json')
  const packages = (await readdir(dirs.outbox)).filter((n) => /^\d{8}\.json$/.test(n))
  expect(packages.length).toBeGreaterThan(0)
  const strays = [
    'data-secrets/.pepper.json.tmp',
    'data-secrets/.backup-key.json.tmp',
    `township-outbox/.${packages[0]}.tmp`,
    'township-outbox/.00000999.json.tmp',
  ]
  // Not temp copies of anything core writes in that folder: not ours to remove.
  const others = [
    'data-secrets/pepper.json.tmp',
    'data-secrets/.pepper.json.tmp.bak',
    'data-secrets/.notices.json.tmp',
    'data-secrets/.00000001.json.tmp',
    'data-secrets/old/.pepper.json.tmp',
    'township-outbox/.syncthing.00000001.json.tmp',
    'township-outbox/00000001.json.tmp',
    'township-outbox/.0000001.json.tmp',
    'township-outbox/.pepper.json.tmp',
    'township-outbox/.notices.json.tmp',
    'township-outbox/.stversions/.00000001.json.tmp',
    'township-outbox/replaced/.00000001.json.tmp',
    '.pepper.json.tmp',
    '.00000001.json.tmp',
  ]
  for (const p of [...strays, ...others]) {
    await mkdir(join(root, p, '..'), { recursive: true })
    await writeFile(join(root, p), `part of ${p}`)
  }
  const before = await everyFile()

  const core = await open()
  await core.close()

  const after = await everyFile()
  for (const p of strays) expect(after.has(p), p).toBe(false)
  const kept = new Map([...before].filter(([p]) => !strays.includes(p)))
  expect(after).toEqual(kept)
})
