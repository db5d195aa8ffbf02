/** Reading a picked file: whole up to the limit, byte for byte; past it, never read whole. */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { readOnDrive } from '../../../../../../electron/core/services/drives/files'
import { tempDir } from '../../../../temp-dir'

it('reads a file of up to `max` bytes whole, in order, across many chunks; one byte more is only sized', async () => {
  const dir = tempDir('kiosk-read-')
  const max = 3 * 1024 * 1024 + 5
  const body = Buffer.from(Array.from({ length: max + 1 }, (_, i) => (i * 31 + 7) % 251))
  writeFileSync(join(dir, 'exact.jpg'), body.subarray(0, max))
  writeFileSync(join(dir, 'over.jpg'), body)
  writeFileSync(join(dir, 'empty.jpg'), '')
  const exact = await readOnDrive(join(dir, 'exact.jpg'), max)
  expect(exact.size).toBe(max)
  expect(exact.bytes!.equals(body.subarray(0, max))).toBe(true)
  expect(await readOnDrive(join(dir, 'over.jpg'), max)).toEqual({ size: max + 1, bytes: null })
  expect(await readOnDrive(join(dir, 'empty.jpg'), max)).toEqual({
    size: 0,
    bytes: Buffer.alloc(0),
  })
})
