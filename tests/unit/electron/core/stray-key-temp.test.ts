/**
 * The signing key is made once, through a temp file named by the process (`<key>.<pid>.tmp`,
 * created only if absent). A power cut before its rename leaves that temp with a private key no
 * package was ever signed with; a start after it, under the same process number, could not make
 * the key at all and the village would send the township nothing. The next start removes such
 * temps (and nothing else in the key folder), and the key is made.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { openCore } from '../../../../electron/core/core'
import { KEY_FILE, SEALED_KEY_FILE } from '../../../../electron/core/township/keys'
import { publishMonth } from './township/village'

const NOW = new Date('2026-11-25T01:30:00Z')
let root: string
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'kiosk-stray-key-'))
})
afterEach(() => rm(root, { recursive: true, force: true }))

it('a key temp a power cut left is removed at start, the key is made and packages are signed', async () => {
  const keyDir = join(root, 'signing')
  const outbox = join(root, 'township-outbox')
  await mkdir(keyDir)
  const strays = [`${KEY_FILE}.${process.pid}.tmp`, `${SEALED_KEY_FILE}.4242.tmp`]
  const others = [
    `${KEY_FILE}.tmp`,
    `.${KEY_FILE}.tmp`,
    `${KEY_FILE}.12x.tmp`,
    `${KEY_FILE}.123.tmp.bak`,
    `other-key.pem.123.tmp`,
    'notes.123.tmp',
  ]
  for (const n of [...strays, ...others]) await writeFile(join(keyDir, n), `half of ${n}`)

  const core = await openCore({
    dir: join(root, 'data'),
    now: () => NOW,
    demo: true,
    demoYears: 1,
    demoScale: 0.2,
    signing: { keyDir, outbox },
    recordsWatch: false,
  })
  try {
    await publishMonth(core, '2026-10', { summary: '办公用品' })
  } finally {
    await core.close()
  }

  expect((await readdir(keyDir)).sort()).toEqual([KEY_FILE, ...others].sort())
  for (const n of others) expect(await readFile(join(keyDir, n), 'utf8')).toBe(`half of ${n}`)
  expect((await readdir(outbox)).filter((n) => /^\d{8}\.json$/.test(n))).toEqual(['00000001.json'])
})
