/**
 * A tar header's size read with parseInt(…, 8) took a minus sign: a size of -512 moved the
 * reader back onto the same header, an endless synchronous loop that froze core (and every
 * screen) for good. Any archive sealed with the key (an insider, the printed recovery code) could
 * do it. Run in a child process with a time limit, so a regression fails instead of hanging.
 */
import { spawnSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { expect, it } from 'vitest'

it('a tar header claiming a negative size is refused, not read forever', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'tar-neg-'))
  try {
    const tar = resolve('electron/core/services/data/backup/tar.ts')
    const script = join(dir, 'probe.ts')
    await writeFile(
      script,
      `import { readTar, writeTar } from ${JSON.stringify(tar)}
const bytes = writeTar([{ path: 'manifest.json', data: Buffer.from('{}') }])
const h = bytes.subarray(0, 512)
Buffer.from('-0000001000\\0', 'latin1').copy(h, 124)   // size -512, in octal
h.fill(32, 148, 156)
let sum = 0
for (let i = 0; i < 512; i++) sum += h[i]
Buffer.from(sum.toString(8).padStart(6, '0') + '\\0 ', 'latin1').copy(h, 148)
try { readTar(bytes); console.log('READ') } catch (e) { console.log('REFUSED', (e as Error).message) }
`,
    )
    const run = spawnSync(process.execPath, ['--import', 'tsx', script], {
      timeout: 15_000,
      killSignal: 'SIGKILL',
      encoding: 'utf8',
    })
    const timedOut =
      run.signal !== null || (run.error as NodeJS.ErrnoException)?.code === 'ETIMEDOUT'
    expect({ timedOut, out: run.stdout.trim() }).toEqual({
      timedOut: false,
      out: expect.stringMatching(/^REFUSED/),
    })
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}, 30_000)
